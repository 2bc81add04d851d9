package mirage.core.geom.check;

/**
 * One direction of the penetration measure: the deepest surface sample of {@code from} lying inside
 * {@code into}, depth being the sample's distance to {@code into}'s surface.
 *
 * <p>Sampling: every triangle of {@code from} whose box meets {@code into}'s box is covered by a barycentric
 * grid (vertices and edge points included) with no neighbouring samples farther apart than the spacing.
 * Samples outside {@code into}'s box are skipped before any query, and blocks of 8×8 samples that one
 * distance query shows to be wholly outside {@code into} (or too shallow to matter) are skipped whole, so a
 * large face next to a small object costs a few queries rather than one per millimetre. Depth is 1-Lipschitz along the surface,
 * so grid sampling alone can miss a peak by up to about half the spacing; this matters where the peak sits
 * on a ridge (two edges crossing, an edge across a wedge) rather than on a vertex or a flat face. The best
 * few samples are therefore refined by a pattern search inside their triangle (step halved down to 1e-4 of
 * the spacing), which recovers such ridge peaks.
 */
final class PenetrationSearch {
    private static final int CANDIDATES = 16;
    private static final int MAX_GRID = 1 << 16;
    /** Grid samples per block side; a block is culled or kept with one distance query. */
    private static final int BLOCK = 8;

    private final WorldMesh from, into;
    private final TriangleBvh intoBvh;
    private final double spacing;
    double best;
    final double[] witness = new double[3];
    private boolean found;
    // candidates for refinement: triangle, grid step, barycentric (u, v), value; kept unsorted, min replaced
    private final int[] candTri = new int[CANDIDATES];
    private final double[] candU = new double[CANDIDATES], candV = new double[CANDIDATES];
    private final double[] candStep = new double[CANDIDATES], candValue = new double[CANDIDATES];
    private int candCount;

    PenetrationSearch(WorldMesh from, WorldMesh into, double spacing) {
        this.from = from;
        this.into = into;
        this.intoBvh = into.bvh();
        this.spacing = spacing;
    }

    boolean found() {
        return found;
    }

    void run() {
        double[] xyz = from.xyz();
        int[] idx = from.indices();
        double[] tri = new double[9], lo = new double[3], hi = new double[3];
        for (int t = 0; t < from.triangleCount(); t++) {
            for (int c = 0; c < 3; c++) System.arraycopy(xyz, 3 * idx[3 * t + c], tri, 3 * c, 3);
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(tri[k], Math.min(tri[3 + k], tri[6 + k]));
                hi[k] = Math.max(tri[k], Math.max(tri[3 + k], tri[6 + k]));
            }
            if (!into.aabbMeets(lo, hi)) continue;
            sampleTriangle(t, tri);
        }
        refine(xyz, idx);
    }

    private void sampleTriangle(int t, double[] tri) {
        double longest = Math.sqrt(Math.max(dist2(tri, 0, 3), Math.max(dist2(tri, 3, 6), dist2(tri, 6, 0))));
        double cells = Math.ceil(longest / spacing);
        if (cells > MAX_GRID)
            throw new IllegalArgumentException("spacing " + spacing + " too fine for a triangle of edge " + longest);
        int n = Math.max(1, (int) cells);
        double step = 1.0 / n;
        // A sample stands for the grid cells around it: within ~spacing of it the depth can exceed its own
        // by at most that much, so samples that deep below the best so far still deserve a look.
        double reach = longest * step;
        for (int i0 = 0; i0 <= n; i0 += BLOCK) {
            for (int j0 = 0; j0 <= n - i0; j0 += BLOCK) {
                int i1 = Math.min(i0 + BLOCK, n + 1) - 1, j1 = Math.min(j0 + BLOCK, n - i0 + 1) - 1;
                if (blockCannotImprove(tri, i0 * step, i1 * step, j0 * step, j1 * step)) continue;
                for (int i = i0; i <= i1; i++) {
                    for (int j = j0; j <= Math.min(j1, n - i); j++) {
                        double u = i * step, v = j * step;
                        double x = at(tri, 0, u, v), y = at(tri, 1, u, v), z = at(tri, 2, u, v);
                        if (!into.aabbContains(x, y, z)) continue;
                        double floor = Math.max(0, best - reach);
                        double d2 = intoBvh.distanceSquared(x, y, z, floor * floor);
                        if (d2 <= floor * floor || !Inside.test(x, y, z, into)) continue;
                        double d = Math.sqrt(d2);
                        offer(t, u, v, step, d);
                        record(d, x, y, z);
                    }
                }
            }
        }
    }

    /**
     * Culls a block of the sample grid with one query: the block lies within radius r of its centre c, so
     * when c is farther than r from into's surface the whole block is on c's side of it. Outside, no sample
     * can count; inside, none can be deeper than dist(c) + r. (c may lie off the triangle; the argument
     * holds for any point of space.)
     */
    private boolean blockCannotImprove(double[] tri, double u0, double u1, double v0, double v1) {
        double cu = (u0 + u1) / 2, cv = (v0 + v1) / 2;
        double cx = at(tri, 0, cu, cv), cy = at(tri, 1, cu, cv), cz = at(tri, 2, cu, cv);
        double r2 = 0;
        for (int corner = 0; corner < 4; corner++) {
            double u = (corner & 1) == 0 ? u0 : u1, v = (corner & 2) == 0 ? v0 : v1;
            double dx = at(tri, 0, u, v) - cx, dy = at(tri, 1, u, v) - cy, dz = at(tri, 2, u, v) - cz;
            r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
        }
        double r = Math.sqrt(r2) * (1 + 1e-9) + 1e-12;
        double d2 = intoBvh.distanceSquared(cx, cy, cz, r * r);
        if (d2 <= r * r) return false;
        return !Inside.test(cx, cy, cz, into) || Math.sqrt(d2) + r <= best;
    }

    /** Pattern search over (u, v) in the six lattice directions, each candidate in its own triangle. */
    private void refine(double[] xyz, int[] idx) {
        double[] tri = new double[9];
        int[] du = {1, -1, 0, 0, 1, -1}, dv = {0, 0, 1, -1, -1, 1};
        for (int c = 0; c < candCount; c++) {
            if (candValue[c] + spacing <= best) continue;   // its neighbourhood cannot beat best
            int t = candTri[c];
            for (int k = 0; k < 3; k++) System.arraycopy(xyz, 3 * idx[3 * t + k], tri, 3 * k, 3);
            double u = candU[c], v = candV[c], value = candValue[c], step = candStep[c];
            double minStep = step * 1e-4;
            for (int iter = 0; iter < 400 && step >= minStep; iter++) {
                double bestU = u, bestV = v, bestValue = value;
                for (int dir = 0; dir < 6; dir++) {
                    double nu = u + du[dir] * step, nv = v + dv[dir] * step;
                    if (nu < 0 || nv < 0 || nu + nv > 1) continue;
                    double f = signedDepth(at(tri, 0, nu, nv), at(tri, 1, nu, nv), at(tri, 2, nu, nv));
                    if (f > bestValue) {
                        bestU = nu;
                        bestV = nv;
                        bestValue = f;
                    }
                }
                if (bestValue > value) {
                    u = bestU;
                    v = bestV;
                    value = bestValue;
                    record(value, at(tri, 0, u, v), at(tri, 1, u, v), at(tri, 2, u, v));
                } else {
                    step /= 2;
                }
            }
        }
    }

    /** Distance to into's surface, negated outside, so the search can climb from outside towards inside. */
    private double signedDepth(double x, double y, double z) {
        if (!into.aabbContains(x, y, z)) return Double.NEGATIVE_INFINITY;
        double d = Math.sqrt(intoBvh.distanceSquared(x, y, z, 0));
        return Inside.test(x, y, z, into) ? d : -d;
    }

    private void record(double d, double x, double y, double z) {
        if (d > best) {
            best = d;
            witness[0] = x;
            witness[1] = y;
            witness[2] = z;
            found = true;
        }
    }

    private void offer(int t, double u, double v, double step, double value) {
        int slot = candCount;
        if (candCount == CANDIDATES) {
            slot = 0;
            for (int c = 1; c < CANDIDATES; c++) if (candValue[c] < candValue[slot]) slot = c;
            if (candValue[slot] >= value) return;
        } else {
            candCount++;
        }
        candTri[slot] = t;
        candU[slot] = u;
        candV[slot] = v;
        candStep[slot] = step;
        candValue[slot] = value;
    }

    private static double at(double[] tri, int k, double u, double v) {
        return tri[k] + u * (tri[3 + k] - tri[k]) + v * (tri[6 + k] - tri[k]);
    }

    private static double dist2(double[] tri, int a, int b) {
        double dx = tri[a] - tri[b], dy = tri[a + 1] - tri[b + 1], dz = tri[a + 2] - tri[b + 2];
        return dx * dx + dy * dy + dz * dz;
    }
}
