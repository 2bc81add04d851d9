package mirage.assets;

import java.util.Objects;

/**
 * One triangulated mesh in the asset file's own coordinates (node transforms applied).
 * Arrays are tightly packed per vertex.
 *
 * @param positions     xyz per vertex
 * @param normals       xyz per vertex, unit length (generated where the file had none)
 * @param uvs           uv per vertex with v = 0 at the top row of the texture image, or null when the mesh has none
 * @param tangents      xyzw per vertex when the mesh has uvs, else null: xyz a unit vector perpendicular to the
 *                      normal, pointing the way u grows; w = ±1 so that cross(normal, xyz) * w points to the image's
 *                      top (glTF's TANGENT convention); the file's own, or {@link Tangents#compute computed}
 * @param colors        linear RGBA per vertex, or null when the mesh has none
 * @param indices       three vertex indices per triangle, counter-clockwise front faces
 * @param materialIndex index into {@link Model#materials()}
 */
public record MeshData(float[] positions, float[] normals, float[] uvs, float[] tangents, float[] colors, int[] indices,
                       int materialIndex) {
    public MeshData {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(normals, "normals");
        Objects.requireNonNull(indices, "indices");
        int n = positions.length / 3;
        if (positions.length % 3 != 0 || normals.length != positions.length) throw new IllegalArgumentException("positions/normals mismatch");
        if (uvs != null && uvs.length != 2 * n) throw new IllegalArgumentException("uvs length mismatch");
        if ((tangents == null) != (uvs == null)) throw new IllegalArgumentException("tangents are needed exactly when there are uvs");
        if (tangents != null && tangents.length != 4 * n) throw new IllegalArgumentException("tangents length mismatch");
        if (colors != null && colors.length != 4 * n) throw new IllegalArgumentException("colors length mismatch");
        if (indices.length % 3 != 0) throw new IllegalArgumentException("indices are not triangles");
    }

    /** A mesh whose tangents, when it has uvs, are {@link Tangents#compute computed}. */
    public MeshData(float[] positions, float[] normals, float[] uvs, float[] colors, int[] indices, int materialIndex) {
        this(positions, normals, uvs, uvs == null ? null : Tangents.compute(positions, normals, uvs, indices), colors,
                indices, materialIndex);
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }
}
