package mirage.core.geom.check;

/**
 * A bounding-volume hierarchy over one mesh's triangles, for the two queries the checks repeat per sample
 * point: distance to the surface and ray crossings. Both then cost about log(triangles) instead of a scan.
 *
 * <p>Built top-down by splitting at the middle of the centroids' extent along its longest axis (falling back
 * to halving the list when all centroids coincide there); leaves hold up to {@value #LEAF_SIZE} triangles.
 * Triangle coordinates are copied into leaf order so a leaf reads one contiguous run of memory.
 */
final class TriangleBvh {
    private static final int LEAF_SIZE = 4;
    /** Barycentric slack inside which a ray hit counts as grazing an edge or vertex. */
    private static final double EDGE_EPS = 1e-9;

    private final double[] tri;        // 9 doubles per triangle, in leaf order
    private final int[] triPart;       // part index per triangle, in leaf order
    private final int parts;
    private final double[] box;        // 6 doubles per node: min xyz, max xyz
    private final int[] first, count;  // leaf: triangle range; inner: count 0, left child = node + 1
    private final int[] right;
    private int nodes, depth;
    /** Hits closer than this to the ray origin mean the origin is on the surface: no parity can be trusted. */
    private final double surfaceEps;

    TriangleBvh(WorldMesh mesh) {
        double[] xyz = mesh.xyz();
        int[] idx = mesh.indices();
        int n = mesh.triangleCount();
        parts = mesh.partCount();
        double[] centroid = new double[3 * n];
        int[] order = new int[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
            for (int k = 0; k < 3; k++)
                centroid[3 * t + k] = (xyz[3 * idx[3 * t] + k] + xyz[3 * idx[3 * t + 1] + k] + xyz[3 * idx[3 * t + 2] + k]) / 3;
        }
        box = new double[6 * 2 * n];
        first = new int[2 * n];
        count = new int[2 * n];
        right = new int[2 * n];
        build(order, 0, n, centroid, xyz, idx, 1);
        tri = new double[9 * n];
        triPart = new int[n];
        for (int i = 0; i < n; i++) {
            int t = order[i];
            for (int corner = 0; corner < 3; corner++)
                System.arraycopy(xyz, 3 * idx[3 * t + corner], tri, 9 * i + 3 * corner, 3);
            triPart[i] = mesh.partOfTriangle(t);
        }
        double diag = Math.sqrt(sq(box[3] - box[0], box[4] - box[1], box[5] - box[2]));
        surfaceEps = 1e-9 * Math.max(diag, 1e-9);
    }

    private int build(int[] order, int from, int to, double[] centroid, double[] xyz, int[] idx, int level) {
        int node = nodes++;
        depth = Math.max(depth, level);
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] c = b.clone();
        for (int i = from; i < to; i++) {
            int t = order[i];
            for (int k = 0; k < 3; k++) {
                for (int corner = 0; corner < 3; corner++) {
                    double v = xyz[3 * idx[3 * t + corner] + k];
                    b[k] = Math.min(b[k], v);
                    b[3 + k] = Math.max(b[3 + k], v);
                }
                c[k] = Math.min(c[k], centroid[3 * t + k]);
                c[3 + k] = Math.max(c[3 + k], centroid[3 * t + k]);
            }
        }
        System.arraycopy(b, 0, box, 6 * node, 6);
        if (to - from <= LEAF_SIZE) {
            first[node] = from;
            count[node] = to - from;
            return node;
        }
        int axis = 0;
        for (int k = 1; k < 3; k++) if (c[3 + k] - c[k] > c[3 + axis] - c[axis]) axis = k;
        double split = (c[axis] + c[3 + axis]) / 2;
        int i = from, j = to - 1;
        while (i <= j) {
            if (centroid[3 * order[i] + axis] < split) i++;
            else {
                int swap = order[i];
                order[i] = order[j];
                order[j--] = swap;
            }
        }
        int mid = (i == from || i == to) ? (from + to) >>> 1 : i;
        build(order, from, mid, centroid, xyz, idx, level + 1);
        right[node] = build(order, mid, to, centroid, xyz, idx, level + 1);
        return node;
    }

    /**
     * Squared distance from p to the nearest triangle. Stops as soon as some triangle is within
     * {@code enoughSq}: callers that only need to know "no farther than x" then skip most of the tree.
     */
    double distanceSquared(double px, double py, double pz, double enoughSq) {
        double best = Double.POSITIVE_INFINITY;
        int[] stack = new int[depth + 2];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (boxDistanceSquared(node, px, py, pz) >= best) continue;
            if (count[node] > 0) {
                for (int i = first[node], end = i + count[node]; i < end; i++) {
                    best = Math.min(best, ClosestPoint.onTriangleSquared(px, py, pz, tri, 9 * i));
                    if (best <= enoughSq) return best;
                }
            } else {
                int l = node + 1, r = right[node];
                boolean leftFirst = boxDistanceSquared(l, px, py, pz) <= boxDistanceSquared(r, px, py, pz);
                stack[top++] = leftFirst ? r : l;   // the nearer child is taken first, tightening best early
                stack[top++] = leftFirst ? l : r;
            }
        }
        return best;
    }

    /**
     * Casts the ray o + t·d (t &gt; 0) and flips {@code parity[part]} for every crossing. Returns false when some
     * hit grazes an edge or vertex, lies in a triangle's plane or sits at the origin: such a count cannot be
     * trusted and the caller should try another direction.
     */
    boolean crossings(double ox, double oy, double oz, double dx, double dy, double dz, boolean[] parity) {
        double ix = 1 / dx, iy = 1 / dy, iz = 1 / dz;
        int[] stack = new int[depth + 2];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (!rayMeetsBox(node, ox, oy, oz, ix, iy, iz)) continue;
            if (count[node] == 0) {
                stack[top++] = right[node];
                stack[top++] = node + 1;
                continue;
            }
            for (int i = first[node], end = i + count[node]; i < end; i++) {
                int hit = rayTriangle(ox, oy, oz, dx, dy, dz, 9 * i);
                if (hit < 0) return false;
                if (hit > 0) parity[triPart[i]] ^= true;
            }
        }
        return true;
    }

    int parts() {
        return parts;
    }

    /** Möller–Trumbore: 1 a clean crossing, 0 none, -1 too close to call. */
    private int rayTriangle(double ox, double oy, double oz, double dx, double dy, double dz, int o) {
        double ax = tri[o], ay = tri[o + 1], az = tri[o + 2];
        double e1x = tri[o + 3] - ax, e1y = tri[o + 4] - ay, e1z = tri[o + 5] - az;
        double e2x = tri[o + 6] - ax, e2y = tri[o + 7] - ay, e2z = tri[o + 8] - az;
        double px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
        double det = e1x * px + e1y * py + e1z * pz;
        double tx = ox - ax, ty = oy - ay, tz = oz - az;
        double scale = Math.sqrt(sq(e1x, e1y, e1z) * sq(e2x, e2y, e2z));
        if (Math.abs(det) <= 1e-12 * scale) {
            // Ray parallel to the plane: harmless unless it runs within the plane itself.
            double nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
            double nLen = Math.sqrt(sq(nx, ny, nz));
            return nLen == 0 || Math.abs(tx * nx + ty * ny + tz * nz) <= surfaceEps * nLen ? -1 : 0;
        }
        double inv = 1 / det;
        double u = (tx * px + ty * py + tz * pz) * inv;
        if (u < -EDGE_EPS || u > 1 + EDGE_EPS) return 0;
        double qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
        double v = (dx * qx + dy * qy + dz * qz) * inv;
        if (v < -EDGE_EPS || u + v > 1 + EDGE_EPS) return 0;
        double t = (e2x * qx + e2y * qy + e2z * qz) * inv;
        if (t < -surfaceEps) return 0;
        if (t <= surfaceEps) return -1;
        if (u <= EDGE_EPS || v <= EDGE_EPS || u + v >= 1 - EDGE_EPS) return -1;
        return 1;
    }

    private boolean rayMeetsBox(int node, double ox, double oy, double oz, double ix, double iy, double iz) {
        int b = 6 * node;
        double lo = -surfaceEps, hi = Double.POSITIVE_INFINITY;
        double t0 = (box[b] - ox) * ix, t1 = (box[b + 3] - ox) * ix;
        lo = Math.max(lo, Math.min(t0, t1));
        hi = Math.min(hi, Math.max(t0, t1));
        t0 = (box[b + 1] - oy) * iy;
        t1 = (box[b + 4] - oy) * iy;
        lo = Math.max(lo, Math.min(t0, t1));
        hi = Math.min(hi, Math.max(t0, t1));
        t0 = (box[b + 2] - oz) * iz;
        t1 = (box[b + 5] - oz) * iz;
        lo = Math.max(lo, Math.min(t0, t1));
        hi = Math.min(hi, Math.max(t0, t1));
        return lo <= hi * (1 + 1e-12) + surfaceEps;
    }

    private double boxDistanceSquared(int node, double px, double py, double pz) {
        int b = 6 * node;
        double dx = Math.max(0, Math.max(box[b] - px, px - box[b + 3]));
        double dy = Math.max(0, Math.max(box[b + 1] - py, py - box[b + 4]));
        double dz = Math.max(0, Math.max(box[b + 2] - pz, pz - box[b + 5]));
        return dx * dx + dy * dy + dz * dz;
    }

    private static double sq(double x, double y, double z) {
        return x * x + y * y + z * z;
    }
}
