package mirage.physics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grows convex parts until they cover a model's vertices to within a tolerance: the hull-point cap and V-HACD's
 * vertex limit both cut corners off a smooth model (a capped bottle's hull left its shoulder 2.7 mm outside at
 * 10 cm), and a part that is smaller than its mesh lets settled meshes interpenetrate. Greedy and deterministic:
 * the point furthest outside every part joins the part it is least outside of, that part's hull is rebuilt, and
 * this repeats until no point is more than {@code tolerance} outside or {@value #MAX_ADDED} points were added.
 * Each part keeps its own hull, so concave gaps between V-HACD parts stay open.
 */
final class HullCover {
    /** At most this many points join the parts in all; each costs Bullet a hull vertex. */
    static final int MAX_ADDED = 128;

    private HullCover() {}

    /**
     * @param parts     hull point sets (xyz), not modified
     * @param points    the points to cover (xyz), e.g. every vertex of the model
     * @param tolerance how far a point may stay outside, model units
     * @return the grown point sets, each its own hull's vertices; the input sets when nothing needed covering
     */
    static List<float[]> cover(List<float[]> parts, float[] points, double tolerance) {
        int n = points.length / 3;
        List<float[]> sets = new ArrayList<>(parts);
        List<ConvexHull> hulls = new ArrayList<>();
        for (float[] s : sets) hulls.add(ConvexHull.of(s));
        double[][] outside = new double[sets.size()][];
        for (int h = 0; h < sets.size(); h++) outside[h] = distances(hulls.get(h), points);
        for (int added = 0; added < MAX_ADDED; added++) {
            int worst = -1;
            int into = -1;
            double worstOut = tolerance;
            for (int i = 0; i < n; i++) {
                int best = -1;
                double bestOut = Double.POSITIVE_INFINITY;
                for (int h = 0; h < sets.size(); h++)
                    if (outside[h][i] < bestOut) {
                        bestOut = outside[h][i];
                        best = h;
                    }
                if (bestOut > worstOut) {
                    worstOut = bestOut;
                    worst = i;
                    into = best;
                }
            }
            if (worst < 0) break;
            float[] grown = Arrays.copyOf(sets.get(into), sets.get(into).length + 3);
            System.arraycopy(points, 3 * worst, grown, grown.length - 3, 3);
            ConvexHull hull = ConvexHull.of(grown);
            if (hull == null) break;
            sets.set(into, hull.vertices);
            hulls.set(into, hull);
            outside[into] = distances(hull, points);
        }
        return sets;
    }

    private static double[] distances(ConvexHull hull, float[] points) {
        double[] d = new double[points.length / 3];
        for (int i = 0; i < d.length; i++)
            d[i] = hull == null ? Double.POSITIVE_INFINITY : hull.outside(points[3 * i], points[3 * i + 1], points[3 * i + 2]);
        return d;
    }
}
