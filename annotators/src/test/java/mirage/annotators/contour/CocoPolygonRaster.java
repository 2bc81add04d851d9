package mirage.annotators.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only port of the pycocotools rule that turns polygons into masks (cocoapi {@code maskApi.c}:
 * {@code rleFrPoly}, then the union of the rings as {@code annToRLE} does), written from the algorithm: vertices
 * are scaled by 5 and rounded, the boundary is walked densely, every step that changes the upsampled x by one at a
 * position that maps back to a whole pixel column toggles the column-major run at the row {@code ceil} of the
 * mapped-back y. Polygons are {@code [x0, y0, x1, y1, ...]} in pixel-edge coordinates.
 */
public final class CocoPolygonRaster {
    private static final double SCALE = 5;

    private CocoPolygonRaster() {
    }

    /** The union of the rasterised rings, row-major {@code h x w}. */
    public static boolean[] union(List<double[]> polygons, int h, int w) {
        boolean[] out = new boolean[h * w];
        for (double[] p : polygons) {
            boolean[] m = ring(p, h, w);
            for (int i = 0; i < out.length; i++) out[i] |= m[i];
        }
        return out;
    }

    /** One polygon rasterised by the rleFrPoly rule, row-major {@code h x w}. */
    public static boolean[] ring(double[] xy, int h, int w) {
        int k = xy.length / 2;
        int[] x = new int[k + 1];
        int[] y = new int[k + 1];
        for (int j = 0; j < k; j++) {
            x[j] = (int) (SCALE * xy[2 * j] + 0.5);
            y[j] = (int) (SCALE * xy[2 * j + 1] + 0.5);
        }
        x[k] = x[0];
        y[k] = y[0];
        List<int[]> dense = new ArrayList<>();
        for (int j = 0; j < k; j++) densify(x[j], y[j], x[j + 1], y[j + 1], dense);
        long[] toggles = toggles(dense, h, w);
        return fill(toggles, h, w);
    }

    /** Points along one segment, one per step of the major axis, in walking order. */
    private static void densify(int xs, int ys, int xe, int ye, List<int[]> out) {
        int dx = Math.abs(xe - xs);
        int dy = Math.abs(ys - ye);
        boolean flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
        if (flip) {
            int t = xs;
            xs = xe;
            xe = t;
            t = ys;
            ys = ye;
            ye = t;
        }
        if (dx >= dy) {
            double s = dx == 0 ? 0 : (double) (ye - ys) / dx;
            for (int d = 0; d <= dx; d++) {
                int t = flip ? dx - d : d;
                out.add(new int[] {t + xs, (int) (ys + s * t + 0.5)});
            }
        } else {
            double s = (double) (xe - xs) / dy;
            for (int d = 0; d <= dy; d++) {
                int t = flip ? dy - d : d;
                out.add(new int[] {(int) (xs + s * t + 0.5), t + ys});
            }
        }
    }

    /** Column-major linear positions where the inside/outside state flips. */
    private static long[] toggles(List<int[]> pts, int h, int w) {
        List<Long> out = new ArrayList<>();
        for (int j = 1; j < pts.size(); j++) {
            int u = pts.get(j)[0];
            int uPrev = pts.get(j - 1)[0];
            if (u == uPrev) continue;
            double xd = u < uPrev ? u : u - 1;
            xd = (xd + 0.5) / SCALE - 0.5;
            if (Math.floor(xd) != xd || xd < 0 || xd > w - 1) continue;
            int v = pts.get(j)[1];
            int vPrev = pts.get(j - 1)[1];
            double yd = Math.min(v, vPrev);
            yd = (yd + 0.5) / SCALE - 0.5;
            yd = Math.ceil(Math.min(Math.max(yd, 0), h));
            out.add((long) xd * h + (long) yd);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Applies the toggles (each flips every later pixel in column-major order), as the sorted-runs step does. */
    private static boolean[] fill(long[] toggles, int h, int w) {
        long[] sorted = toggles.clone();
        Arrays.sort(sorted);
        boolean[] flip = new boolean[h * w + 1];
        for (long t : sorted) flip[(int) t] = !flip[(int) t];
        boolean inside = false;
        boolean[] out = new boolean[h * w];
        for (int t = 0; t < h * w; t++) {
            if (flip[t]) inside = !inside;
            if (inside) out[(t % h) * w + t / h] = true;
        }
        return out;
    }
}
