package mirage.core.geom.check;

import java.util.Arrays;

/**
 * Point-in-closed-mesh by ray parity, voted over several directions.
 *
 * <p>Why parity and not the generalized winding number: the winding number sums a solid angle over every
 * triangle, O(triangles) per query unless one also builds a multipole hierarchy, while a parity ray through the
 * BVH touches only the triangles near the ray. The winding number's strength, tolerating holes and
 * self-overlap, is not needed: inputs are closed meshes, and overlapping parts of one object are counted per
 * part (see {@link WorldMesh}).
 *
 * <p>Robustness: a ray that grazes an edge or vertex, runs within a face's plane or starts on the surface is
 * detected (barycentric or distance slack) and discarded; the answer is the majority of the first three clean
 * rays, along directions with unrelated irrational-ish components so that no mesh aligned with axes or with
 * simple rational slopes makes two of them degenerate at once. A point so close to the surface that every ray
 * is unclean is reported by the majority of whatever clean votes there were (outside when none): callers
 * measuring depth get ~0 from it either way.
 */
final class Inside {
    private static final double[][] DIRECTIONS = normalized(new double[][] {
            {0.5773502691896258, 0.6180339887498949, 0.5316718427000252},
            {-0.7071067811865476, 0.2679491924311227, 0.6545084971874737},
            {0.3090169943749474, -0.8090169943749475, 0.5123456789012345},
            {-0.4142135623730950, -0.5235987755982988, -0.7453559924999299},
            {0.8660254037844386, 0.1414213562373095, -0.4794255386042030},
            {-0.2236067977499790, 0.9238795325112867, -0.3090169943749474},
            {0.6931471805599453, -0.3183098861837907, -0.6472135954999579}});

    private Inside() {}

    static boolean test(double x, double y, double z, WorldMesh mesh) {
        if (!mesh.aabbContains(x, y, z)) return false;
        TriangleBvh bvh = mesh.bvh();
        int in = 0, out = 0;
        boolean[] parity = new boolean[bvh.parts()];
        for (double[] d : DIRECTIONS) {
            Arrays.fill(parity, false);
            if (!bvh.crossings(x, y, z, d[0], d[1], d[2], parity)) continue;
            boolean inside = false;
            for (boolean odd : parity) inside |= odd;
            if (inside) in++;
            else out++;
            if (in == 2) return true;
            if (out == 2) return false;
        }
        return in > out;
    }

    private static double[][] normalized(double[][] ds) {
        for (double[] d : ds) {
            double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            for (int k = 0; k < 3; k++) d[k] /= len;
        }
        return ds;
    }
}
