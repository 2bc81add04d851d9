package mirage.scenes.model;

import mirage.core.geom.Primitive;
import org.joml.Matrix4f;

/**
 * The frame's ground ({@code ground} in the spec): a large horizontal plane whose top is at y = {@code height},
 * drawn as a prop ({@link Prop.Role#GROUND}, 0 in every mask). It receives shadows but casts none and is left out
 * of the fit of the shadow maps. Either it has a material (drawn and lit like any prop, writing depth and normals) or
 * it is a shadow catcher: invisible except that, where it is seen, the colour already there (the background) is
 * multiplied by the light it receives with shadows over the light it would receive without; it then writes no depth
 * or normals.
 *
 * @param height        y of its top face, metres
 * @param material      how it is coloured; null for a shadow catcher
 */
public record Ground(float height, Material material) {
    /** Edge of the square the ground covers, metres, centred below the world origin. */
    public static final float SIZE = 2000f;
    /** Thickness of the slab that stands for the plane, metres (its top face is the ground). */
    public static final float THICKNESS = 0.01f;

    public Ground {
        if (!Float.isFinite(height)) throw new IllegalArgumentException("ground height must be finite");
    }

    public boolean shadowCatcher() {
        return material == null;
    }

    /**
     * The slab as a prop. A shadow catcher's slab carries {@link Material#ASSET}, which nothing reads: the catcher
     * pass draws no colour of its own, only the light ratio it multiplies the background by.
     */
    public Prop prop() {
        Matrix4f m = new Matrix4f().translation(0f, height - THICKNESS / 2f, 0f).scale(SIZE, THICKNESS, SIZE);
        return new Prop(Prop.Role.GROUND, null, Primitive.CUBE, m, material != null ? material : Material.ASSET);
    }
}
