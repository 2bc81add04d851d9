package mirage.scenes.model;

import java.nio.file.Path;
import java.util.Objects;
import mirage.core.geom.Primitive;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;

/**
 * An unlabelled object: clutter (a distractor) or an occluder placed between the camera and the labelled objects.
 * It is drawn, lit, shadowed and occludes like any object, but its pixels are 0 (background) in every mask, and it
 * has no annotation. Exactly one of {@code asset} and {@code primitive} is set.
 *
 * @param role         distractor or occluder (recorded in the frame record)
 * @param asset        an asset file (absolute, normalised), or null
 * @param primitive    a built-in shape, or null
 * @param modelToWorld maps the shape's own coordinates to world
 * @param material     how it is coloured
 */
public record Prop(Role role, Path asset, Primitive primitive, Matrix4fc modelToWorld, Material material) {
    public enum Role {
        DISTRACTOR, OCCLUDER,
        /** A floor or wall of the physics bin ({@code placement.physics.bin}). */
        BIN,
        /** The ground ({@code ground}, see {@link Ground}); never in {@code Scene.props()}. */
        GROUND
    }

    public Prop {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(material, "material");
        if ((asset == null) == (primitive == null)) throw new IllegalArgumentException("give exactly one of asset or primitive");
        modelToWorld = new Matrix4f(modelToWorld);
    }
}
