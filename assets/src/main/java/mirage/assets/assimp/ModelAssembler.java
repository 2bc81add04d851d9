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

/**
 * Validates imported meshes and wraps them into a {@link Model} with bounds over all vertices. No native code;
 * used on what Assimp produced in this JVM and again on what a child process sent back, so nothing reaches a
 * {@link Model} unchecked: at most {@link #MAX_MESHES} meshes, {@link AssimpModelLoader#MAX_TRIANGLES} triangles and
 * as many vertices, material indices in range, every vertex index in range, every position, normal, uv, tangent and
 * colour finite, not all vertices at one point, and at least one triangle that is not degenerate (a model whose every
 * triangle has coinciding or collinear corners draws no pixel, so every frame would have empty labels for it).
 */
final class ModelAssembler {
    /** Most meshes in one model. */
    static final int MAX_MESHES = 65_536;
    /** Most materials in one model (Assimp's own and the ones meshes use). */
    static final int MAX_MATERIALS = 65_536;
    /** Most embedded or referenced textures in one model. */
    static final int MAX_TEXTURES = 4096;
    /**
     * A triangle is drawable when twice its area exceeds this fraction of the square of the model's largest
     * bounding-box edge: well above the rounding of float coordinates (about 1e-7 of that), which is all a
     * triangle with collinear corners has.
     */
    static final double MIN_RELATIVE_AREA = 1e-6;

    private ModelAssembler() {
    }

    static Model assemble(Path file, List<MeshData> meshes, List<MaterialData> materials) {
        if (meshes.size() > MAX_MESHES) throw new AssetException(file, "has " + meshes.size() + " meshes; the limit is " + MAX_MESHES);
        long triangles = 0, vertices = 0;
        for (MeshData m : meshes) {
            triangles += m.triangleCount();
            vertices += m.vertexCount();
        }
        if (triangles > AssimpModelLoader.MAX_TRIANGLES || vertices > AssimpModelLoader.MAX_TRIANGLES)
            throw new AssetException(file, "has " + triangles + " triangles and " + vertices + " vertices; the limit is "
                    + AssimpModelLoader.MAX_TRIANGLES + " of each");
        if (triangles == 0) throw new AssetException(file, "contains no triangles");
        for (int m = 0; m < meshes.size(); m++) checkMesh(file, m, meshes.get(m), materials.size());
        Aabb bounds = bounds(file, meshes);
        if (bounds.maxExtent() == 0) {
            Vector3fc p = bounds.min();
            throw new AssetException(file, "is degenerate: all vertices are at one point (" + p.x() + ", " + p.y() + ", " + p.z() + ")");
        }
        double minCross = MIN_RELATIVE_AREA * bounds.maxExtent() * bounds.maxExtent();
        if (meshes.stream().noneMatch(m -> hasDrawableTriangle(m, minCross)))
            throw new AssetException(file, "has no drawable triangle: all " + triangles + " are degenerate (their corners "
                    + "coincide or lie on one line)");
        return new Model(file, meshes, materials, bounds);
    }

    private static void checkMesh(Path file, int m, MeshData mesh, int materialCount) {
        if (mesh.materialIndex() < 0 || mesh.materialIndex() >= materialCount)
            throw new AssetException(file, "mesh " + m + " refers to material " + mesh.materialIndex() + " but there are " + materialCount);
        int n = mesh.vertexCount();
        int[] ix = mesh.indices();
        for (int i = 0; i < ix.length; i++)
            if (ix[i] < 0 || ix[i] >= n)
                throw new AssetException(file, "mesh " + m + " triangle " + i / 3 + " refers to vertex " + ix[i] + " of " + n);
        requireFinite(file, m, "normal", mesh.normals(), 3);
        requireFinite(file, m, "texture coordinate", mesh.uvs(), 2);
        requireFinite(file, m, "tangent", mesh.tangents(), 4);
        requireFinite(file, m, "vertex colour", mesh.colors(), 4);
    }

    private static void requireFinite(Path file, int m, String what, float[] values, int stride) {
        if (values == null) return;
        for (int i = 0; i < values.length; i++)
            if (!Float.isFinite(values[i]))
                throw new AssetException(file, "mesh " + m + " vertex " + i / stride + " has a non-finite " + what
                        + " (" + values[i] + ")");
    }

    /** True when some triangle's doubled area, |(b - a) x (c - a)|, exceeds {@code minCross}. */
    private static boolean hasDrawableTriangle(MeshData mesh, double minCross) {
        float[] p = mesh.positions();
        int[] ix = mesh.indices();
        for (int t = 0; t < ix.length; t += 3) {
            int a = 3 * ix[t], b = 3 * ix[t + 1], c = 3 * ix[t + 2];
            double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
            double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
            if (Math.sqrt(cx * cx + cy * cy + cz * cz) > minCross) return true;
        }
        return false;
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
