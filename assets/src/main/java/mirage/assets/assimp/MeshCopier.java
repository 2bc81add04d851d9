package mirage.assets.assimp;

import static org.lwjgl.system.MemoryUtil.memFloatBuffer;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import mirage.assets.MeshData;
import mirage.assets.Tangents;
import org.lwjgl.assimp.AIColor4D;
import org.lwjgl.assimp.AIFace;
import org.lwjgl.assimp.AIMesh;
import org.lwjgl.assimp.AIVector3D;

/**
 * Copies one Assimp mesh into a {@link MeshData}: triangles only (faces with another index count are skipped),
 * UV channel 0 (x, y), colour channel 0, the file's normals normalised or {@link SmoothNormals} where it has none,
 * and, with UVs, the file's tangents (glTF TANGENT, FBX) or {@link Tangents#compute computed} ones.
 * Reads native memory owned by the scene; call before it is released.
 */
final class MeshCopier {
    private MeshCopier() {
    }

    /** Faces of {@code mesh} with exactly three indices. */
    static int triangleCount(AIMesh mesh) {
        AIFace.Buffer faces = mesh.mFaces();
        int n = 0;
        for (int i = 0; i < mesh.mNumFaces(); i++)
            if (faces.get(i).mNumIndices() == 3) n++;
        return n;
    }

    /**
     * @param srgbColors whether the file's vertex colours are sRGB-encoded and must be decoded to linear
     * @throws IllegalStateException if a face refers to a vertex that does not exist (a malformed import)
     */
    static MeshData copy(AIMesh mesh, int materialIndex, boolean srgbColors) {
        int n = mesh.mNumVertices();
        float[] positions = floats(mesh.mVertices().address(), n, 3, 3);
        int[] indices = indices(mesh, n);
        float[] normals;
        if (mesh.mNormals() == null) {
            normals = SmoothNormals.compute(positions, indices);
        } else {
            normals = floats(mesh.mNormals().address(), n, 3, 3);
            normalise(normals);
        }
        AIVector3D.Buffer uv = mesh.mTextureCoords(0);
        float[] uvs = uv == null ? null : floats(uv.address(), n, 3, 2);
        AIColor4D.Buffer colour = mesh.mColors(0);
        float[] colors = colour == null ? null : floats(colour.address(), n, 4, 4);
        if (colors != null && srgbColors) SrgbDecode.rgbaInPlace(colors);
        return new MeshData(positions, normals, uvs, tangents(mesh, n, positions, normals, uvs, indices), colors, indices, materialIndex);
    }

    /** The file's tangents (with its normals) when it has them, else computed; null without uvs. */
    private static float[] tangents(AIMesh mesh, int n, float[] positions, float[] normals, float[] uvs, int[] indices) {
        if (uvs == null) return null;
        if (mesh.mNormals() == null || mesh.mTangents() == null || mesh.mBitangents() == null)
            return Tangents.compute(positions, normals, uvs, indices);
        return Tangents.fromFile(normals, floats(mesh.mTangents().address(), n, 3, 3), floats(mesh.mBitangents().address(), n, 3, 3));
    }

    /** {@code count} elements of {@code stride} floats at {@code address}, keeping the first {@code keep} of each. */
    private static float[] floats(long address, int count, int stride, int keep) {
        FloatBuffer src = memFloatBuffer(address, count * stride);
        float[] out = new float[count * keep];
        if (keep == stride) {
            src.get(out);
            return out;
        }
        for (int i = 0; i < count; i++)
            for (int k = 0; k < keep; k++) out[i * keep + k] = src.get(i * stride + k);
        return out;
    }

    private static int[] indices(AIMesh mesh, int vertexCount) {
        int[] out = new int[3 * triangleCount(mesh)];
        AIFace.Buffer faces = mesh.mFaces();
        int o = 0;
        for (int f = 0; f < mesh.mNumFaces(); f++) {
            AIFace face = faces.get(f);
            if (face.mNumIndices() != 3) continue;
            IntBuffer ix = face.mIndices();
            for (int k = 0; k < 3; k++) {
                int v = ix.get(k);
                if (v < 0 || v >= vertexCount) throw new IllegalStateException("face " + f + " refers to vertex " + v + " of " + vertexCount);
                out[o++] = v;
            }
        }
        return out;
    }

    /** Unit length; a zero or non-finite normal (degenerate faces only) becomes +Z. */
    private static void normalise(float[] xyz) {
        for (int i = 0; i < xyz.length; i += 3) {
            double x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            double len = Math.sqrt(x * x + y * y + z * z);
            if (len > 0 && Double.isFinite(len)) {
                xyz[i] = (float) (x / len);
                xyz[i + 1] = (float) (y / len);
                xyz[i + 2] = (float) (z / len);
            } else {
                xyz[i] = 0;
                xyz[i + 1] = 0;
                xyz[i + 2] = 1;
            }
        }
    }
}
