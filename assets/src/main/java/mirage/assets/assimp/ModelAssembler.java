package mirage.assets.assimp;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetException;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.Aabb;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/** Validates copied meshes and wraps them into a {@link Model} with bounds over all vertices. No native code. */
final class ModelAssembler {
    private ModelAssembler() {
    }

    static Model assemble(Path file, List<MeshData> meshes, List<MaterialData> materials) {
        if (meshes.stream().mapToInt(MeshData::triangleCount).sum() == 0) throw new AssetException(file, "contains no triangles");
        Aabb bounds = bounds(file, meshes);
        if (bounds.maxExtent() == 0) {
            Vector3fc p = bounds.min();
            throw new AssetException(file, "is degenerate: all vertices are at one point (" + p.x() + ", " + p.y() + ", " + p.z() + ")");
        }
        return new Model(file, meshes, materials, bounds);
    }

    /** Bounds over every vertex (referenced or not); rejects NaN or infinite coordinates. */
    private static Aabb bounds(Path file, List<MeshData> meshes) {
        Vector3f min = new Vector3f(Float.POSITIVE_INFINITY);
        Vector3f max = new Vector3f(Float.NEGATIVE_INFINITY);
        for (int m = 0; m < meshes.size(); m++) {
            float[] p = meshes.get(m).positions();
            for (int i = 0; i < p.length; i += 3) {
                if (!Float.isFinite(p[i]) || !Float.isFinite(p[i + 1]) || !Float.isFinite(p[i + 2]))
                    throw new AssetException(file, "mesh " + m + " vertex " + i / 3 + " has a non-finite coordinate ("
                            + p[i] + ", " + p[i + 1] + ", " + p[i + 2] + ")");
                min.set(Math.min(min.x, p[i]), Math.min(min.y, p[i + 1]), Math.min(min.z, p[i + 2]));
                max.set(Math.max(max.x, p[i]), Math.max(max.y, p[i + 1]), Math.max(max.z, p[i + 2]));
            }
        }
        return new Aabb(min, max);
    }
}
