package mirage.renderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact geometry of one pixel's square {@code [u - 0.5, u + 0.5] x [v - 0.5, v + 0.5]} (OpenCV pixel coordinates)
 * against a convex polygon, for coverage answers computed without the renderer.
 */
final class PixelArea {
    private PixelArea() {}

    /** The area of the pixel's square inside the convex polygon (either orientation): clipped edge by edge. */
    static double inside(List<double[]> convex, int u, int v) {
        List<double[]> poly = List.of(new double[] {u - 0.5, v - 0.5}, new double[] {u + 0.5, v - 0.5},
                new double[] {u + 0.5, v + 0.5}, new double[] {u - 0.5, v + 0.5});
        double orientation = Math.signum(signedArea(convex));
        for (int e = 0; e < convex.size() && !poly.isEmpty(); e++) {
            double[] a = convex.get(e), b = convex.get((e + 1) % convex.size());
            List<double[]> out = new ArrayList<>();
            for (int k = 0; k < poly.size(); k++) {
                double[] p = poly.get(k), q = poly.get((k + 1) % poly.size());
                double sp = orientation * side(a, b, p), sq = orientation * side(a, b, q);
                if (sp >= 0) out.add(p);
                if ((sp >= 0) != (sq >= 0)) {
                    double t = sp / (sp - sq);
                    out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
                }
            }
            poly = out;
        }
        return poly.size() < 3 ? 0 : Math.abs(signedArea(poly));
    }

    /** How many of the polygon's edges pass through the inside of the pixel's square (Liang-Barsky clipping). */
    static int edgesCrossing(List<double[]> polygon, int u, int v) {
        int n = 0;
        for (int e = 0; e < polygon.size(); e++) {
            double[] a = polygon.get(e), b = polygon.get((e + 1) % polygon.size());
            double dx = b[0] - a[0], dy = b[1] - a[1], t0 = 0, t1 = 1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {a[0] - (u - 0.5), (u + 0.5) - a[0], a[1] - (v - 0.5), (v + 0.5) - a[1]};
            boolean crosses = true;
            for (int k = 0; k < 4 && crosses; k++) {
                if (p[k] == 0) {
                    crosses = q[k] > 0;
                } else {
                    double t = q[k] / p[k];
                    if (p[k] < 0) t0 = Math.max(t0, t);
                    else t1 = Math.min(t1, t);
                }
            }
            if (crosses && t0 < t1) n++;
        }
        return n;
    }

    /** Whether one of the polygon's vertices lies in the pixel's closed square. */
    static boolean holdsCorner(List<double[]> polygon, int u, int v) {
        for (double[] p : polygon)
            if (Math.abs(p[0] - u) <= 0.5 && Math.abs(p[1] - v) <= 0.5) return true;
        return false;
    }

    private static double side(double[] a, double[] b, double[] p) {
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    }

    private static double signedArea(List<double[]> poly) {
        double s = 0;
        for (int k = 0; k < poly.size(); k++) {
            double[] p = poly.get(k), q = poly.get((k + 1) % poly.size());
            s += p[0] * q[1] - q[0] * p[1];
        }
        return s / 2;
    }
}
