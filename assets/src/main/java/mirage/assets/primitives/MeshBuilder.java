package mirage.assets.primitives;

import java.util.Arrays;
import mirage.assets.MeshData;

/**
 * Collects vertices (position, unit normal, uv) and triangles for one generated mesh. Values are given in double
 * and stored as float; normals are normalised here so every generator gets unit normals the same way.
 */
final class MeshBuilder {
    private float[] positions = new float[3 * 64];
    private float[] normals = new float[3 * 64];
    private float[] uvs = new float[2 * 64];
    private int[] indices = new int[3 * 64];
    private int vertices;
    private int indexCount;

    /** Adds a vertex and returns its index; the normal need not be unit length but must not be zero. */
    int vertex(double x, double y, double z, double nx, double ny, double nz, double u, double v) {
        double len = StrictMath.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 0)) throw new IllegalArgumentException("zero normal");
        if (vertices == positions.length / 3) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            normals = Arrays.copyOf(normals, normals.length * 2);
            uvs = Arrays.copyOf(uvs, uvs.length * 2);
        }
        int p = 3 * vertices;
        positions[p] = (float) x;
        positions[p + 1] = (float) y;
        positions[p + 2] = (float) z;
        normals[p] = (float) (nx / len);
        normals[p + 1] = (float) (ny / len);
        normals[p + 2] = (float) (nz / len);
        uvs[2 * vertices] = (float) u;
        uvs[2 * vertices + 1] = (float) v;
        return vertices++;
    }

    /** A triangle, counter-clockwise seen from the side its normals point to. */
    void triangle(int a, int b, int c) {
        if (indexCount + 3 > indices.length) indices = Arrays.copyOf(indices, indices.length * 2);
        indices[indexCount++] = a;
        indices[indexCount++] = b;
        indices[indexCount++] = c;
    }

    /** A quad a-b-c-d, counter-clockwise seen from outside, as the triangles (a, b, c) and (a, c, d). */
    void quad(int a, int b, int c, int d) {
        triangle(a, b, c);
        triangle(a, c, d);
    }

    /** The mesh, using material 0. */
    MeshData build() {
        return new MeshData(Arrays.copyOf(positions, 3 * vertices), Arrays.copyOf(normals, 3 * vertices),
                Arrays.copyOf(uvs, 2 * vertices), null, Arrays.copyOf(indices, indexCount), 0);
    }
}
