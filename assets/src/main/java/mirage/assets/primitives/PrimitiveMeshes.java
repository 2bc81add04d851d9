package mirage.assets.primitives;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mirage.assets.MaterialData;
import mirage.assets.Model;
import mirage.core.geom.Primitive;

/**
 * Triangle meshes of the built-in {@link Primitive} shapes, as {@link Model}s like an imported asset: one mesh with
 * positions, outward unit normals, UVs and counter-clockwise front faces, one white untextured material, and
 * bounds exactly {@link Primitive#bounds()}. Cube, sphere, cylinder, cone and torus are closed surfaces.
 * Each model is generated once per JVM and shared; thread-safe.
 */
public final class PrimitiveMeshes {
    private static final Map<Primitive, Model> MODELS = new EnumMap<>(Primitive.class);

    private PrimitiveMeshes() {}

    /** The model of a primitive. */
    public static synchronized Model model(Primitive primitive) {
        return MODELS.computeIfAbsent(primitive, p -> new Model(source(p), List.of(PrimitiveShapes.mesh(p)),
                List.of(new MaterialData(new float[] {1, 1, 1, 1}, null, "primitive-" + p.specName())), p.bounds()));
    }

    /** The name a primitive's model carries as its source, for messages; no such file exists. */
    public static Path source(Primitive primitive) {
        return Path.of("/mirage/primitives/" + primitive.specName());
    }
}
