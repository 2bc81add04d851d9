package mirage.assets.assimp;

import java.util.HashMap;
import java.util.Map;

/**
 * Smooth vertex normals for a mesh whose file has none: for every distinct position, the sum of the unit normals of
 * the triangles touching it, each weighted by the triangle's interior angle at that corner, normalised. Vertices
 * that share a position (e.g. either side of a UV seam) get the same normal. Replaces Assimp's
 * {@code aiProcess_GenSmoothNormals}, which assumes unshared vertices and, on indexed meshes (PLY, glTF), gives
 * each vertex the normal of the last face that uses it. Pure Java; the result is deterministic.
 */
final class SmoothNormals {
    private SmoothNormals() {
    }

    /** @return xyz per vertex, unit length; (0, 0, 1) for a vertex that touches no non-degenerate triangle */
    static float[] compute(float[] positions, int[] indices) {
        int[] group = groupByPosition(positions);
        double[] sum = new double[positions.length];
        for (int t = 0; t < indices.length; t += 3) accumulate(positions, indices, t, group, sum);
        float[] out = new float[positions.length];
        for (int v = 0; v < out.length / 3; v++) {
            int g = 3 * group[v];
            double len = Math.sqrt(sum[g] * sum[g] + sum[g + 1] * sum[g + 1] + sum[g + 2] * sum[g + 2]);
            boolean ok = len > 0 && Double.isFinite(len);
            out[3 * v] = ok ? (float) (sum[g] / len) : 0;
            out[3 * v + 1] = ok ? (float) (sum[g + 1] / len) : 0;
            out[3 * v + 2] = ok ? (float) (sum[g + 2] / len) : 1;
        }
        return out;
    }

    /** For each vertex, the index of the first vertex with exactly the same position. */
    private static int[] groupByPosition(float[] p) {
        int n = p.length / 3;
        int[] group = new int[n];
        Map<Key, Integer> first = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            Key k = new Key(bits(p[3 * v]), bits(p[3 * v + 1]), bits(p[3 * v + 2]));
            Integer earlier = first.putIfAbsent(k, v);
            group[v] = earlier == null ? v : earlier;
        }
        return group;
    }

    private static void accumulate(float[] p, int[] ix, int t, int[] group, double[] sum) {
        int a = 3 * ix[t], b = 3 * ix[t + 1], c = 3 * ix[t + 2];
        double[] ab = sub(p, b, a), ac = sub(p, c, a), bc = sub(p, c, b);
        double nx = ab[1] * ac[2] - ab[2] * ac[1], ny = ab[2] * ac[0] - ab[0] * ac[2], nz = ab[0] * ac[1] - ab[1] * ac[0];
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 0) || !Double.isFinite(len)) return;
        double[] angles = {angle(ab, ac), angle(neg(ab), bc), angle(neg(ac), neg(bc))};
        for (int k = 0; k < 3; k++) {
            int g = 3 * group[ix[t + k]];
            sum[g] += nx / len * angles[k];
            sum[g + 1] += ny / len * angles[k];
            sum[g + 2] += nz / len * angles[k];
        }
    }

    private static double[] sub(float[] p, int to, int from) {
        return new double[] {p[to] - (double) p[from], p[to + 1] - (double) p[from + 1], p[to + 2] - (double) p[from + 2]};
    }

    private static double[] neg(double[] v) {
        return new double[] {-v[0], -v[1], -v[2]};
    }

    /** Angle between two vectors, radians. */
    private static double angle(double[] u, double[] v) {
        double cx = u[1] * v[2] - u[2] * v[1], cy = u[2] * v[0] - u[0] * v[2], cz = u[0] * v[1] - u[1] * v[0];
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
    }

    private static int bits(float f) {
        return f == 0 ? 0 : Float.floatToIntBits(f); // +0 and -0 are the same position
    }

    private record Key(int x, int y, int z) {
    }
}
