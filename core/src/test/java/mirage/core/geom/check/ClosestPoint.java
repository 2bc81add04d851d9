package mirage.core.geom.check;

/**
 * Closest point on a triangle by Voronoi-region classification (the region test from Ericson, <i>Real-Time
 * Collision Detection</i>, 5.1.5): it decides vertex, edge or face region from dot products alone, so it never
 * projects onto a plane and then clamps, which goes wrong near obtuse corners.
 */
final class ClosestPoint {
    private ClosestPoint() {}

    /**
     * Squared distance from p to triangle (a, b, c); the triangle's nine coordinates start at {@code t[o]}.
     * Degenerate (zero-area) triangles fall back to their three edges.
     */
    static double onTriangleSquared(double px, double py, double pz, double[] t, int o) {
        double ax = t[o], ay = t[o + 1], az = t[o + 2];
        double bx = t[o + 3], by = t[o + 4], bz = t[o + 5];
        double cx = t[o + 6], cy = t[o + 7], cz = t[o + 8];
        double abx = bx - ax, aby = by - ay, abz = bz - az;
        double acx = cx - ax, acy = cy - ay, acz = cz - az;
        double apx = px - ax, apy = py - ay, apz = pz - az;
        double d1 = abx * apx + aby * apy + abz * apz, d2 = acx * apx + acy * apy + acz * apz;
        if (d1 <= 0 && d2 <= 0) return sq(apx, apy, apz);
        double bpx = px - bx, bpy = py - by, bpz = pz - bz;
        double d3 = abx * bpx + aby * bpy + abz * bpz, d4 = acx * bpx + acy * bpy + acz * bpz;
        if (d3 >= 0 && d4 <= d3) return sq(bpx, bpy, bpz);
        double vc = d1 * d4 - d3 * d2;
        if (vc <= 0 && d1 >= 0 && d3 <= 0) {
            double s = d1 / (d1 - d3);
            return sq(apx - s * abx, apy - s * aby, apz - s * abz);
        }
        double cpx = px - cx, cpy = py - cy, cpz = pz - cz;
        double d5 = abx * cpx + aby * cpy + abz * cpz, d6 = acx * cpx + acy * cpy + acz * cpz;
        if (d6 >= 0 && d5 <= d6) return sq(cpx, cpy, cpz);
        double vb = d5 * d2 - d1 * d6;
        if (vb <= 0 && d2 >= 0 && d6 <= 0) {
            double s = d2 / (d2 - d6);
            return sq(apx - s * acx, apy - s * acy, apz - s * acz);
        }
        double va = d3 * d6 - d5 * d4;
        if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
            double s = (d4 - d3) / ((d4 - d3) + (d5 - d6));
            return sq(bpx - s * (cx - bx), bpy - s * (cy - by), bpz - s * (cz - bz));
        }
        double sum = va + vb + vc;
        if (!(sum > 0)) {
            return Math.min(onSegmentSquared(px, py, pz, ax, ay, az, bx, by, bz),
                    Math.min(onSegmentSquared(px, py, pz, bx, by, bz, cx, cy, cz),
                            onSegmentSquared(px, py, pz, cx, cy, cz, ax, ay, az)));
        }
        double v = vb / sum, w = vc / sum;
        return sq(apx - v * abx - w * acx, apy - v * aby - w * acy, apz - v * abz - w * acz);
    }

    private static double onSegmentSquared(double px, double py, double pz, double ax, double ay, double az,
                                           double bx, double by, double bz) {
        double dx = bx - ax, dy = by - ay, dz = bz - az;
        double len2 = sq(dx, dy, dz);
        double s = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy + (pz - az) * dz) / len2 : 0;
        s = Math.max(0, Math.min(1, s));
        return sq(px - ax - s * dx, py - ay - s * dy, pz - az - s * dz);
    }

    private static double sq(double x, double y, double z) {
        return x * x + y * y + z * z;
    }
}
