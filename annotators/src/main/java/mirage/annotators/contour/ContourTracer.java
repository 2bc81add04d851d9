package mirage.annotators.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/**
 * Traces the boundaries of a binary mask along pixel edges, so that every polygon vertex is a pixel corner and a
 * polygon rasterised with the pixel-centre rule (pycocotools {@code rleFrPoly}) covers exactly the pixels it
 * encloses. Foreground is 8-connected: two pixels touching at a corner belong to the same component, and the
 * ring passes through that corner twice. Background is then 4-connected; a background region not 4-connected to
 * the outside is a hole.
 *
 * <p>Method: every foreground pixel side facing background (or the image border) becomes a directed unit edge
 * with the pixel on its right; the edges are chained into closed loops, turning left at a corner shared by two
 * diagonal foreground pixels (that is what joins them). Loops with positive shoelace area are outer boundaries,
 * negative ones are holes. Runs in time proportional to the mask's bounding box.
 */
public final class ContourTracer {
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};
    private static final int RIGHT = 0;
    private static final int DOWN = 1;
    private static final int LEFT = 2;
    private static final int UP = 3;

    private ContourTracer() {
    }

    /** The contours of a valid COCO RLE mask, in image pixel-edge coordinates. */
    public static MaskContours trace(Rle rle) {
        Objects.requireNonNull(rle, "rle");
        PixelBox box = CocoRle.bbox(rle).orElse(null);
        if (box == null) return new MaskContours(List.of(), 0);
        boolean[] crop = new boolean[box.w() * box.h()];
        long[] counts = CocoRle.counts(rle);
        long h = rle.height();
        long t = 0;
        for (int i = 0; i < counts.length; i++) {
            if ((i & 1) == 1) {
                for (long p = t; p < t + counts[i]; p++) {
                    crop[(int) (p % h - box.y()) * box.w() + (int) (p / h - box.x())] = true;
                }
            }
            t += counts[i];
        }
        return trace(crop, box.w(), box.h(), box.x(), box.y());
    }

    /** The contours of a row-major {@code width x height} mask ({@code mask[row * width + col]}). */
    public static MaskContours trace(boolean[] mask, int width, int height) {
        if (width < 1 || height < 1 || mask.length != width * height) {
            throw new IllegalArgumentException("mask length " + mask.length + " != " + width + "*" + height);
        }
        return trace(mask, width, height, 0, 0);
    }

    private static MaskContours trace(boolean[] mask, int w, int h, int ox, int oy) {
        byte[] edges = edges(mask, w, h);
        byte[] unused = edges.clone();
        List<Ring> outer = new ArrayList<>();
        int holes = 0;
        for (int v = 0; v < edges.length; v++) {
            while ((unused[v] & bit(RIGHT)) != 0) {
                int[] loop = walk(edges, unused, v, w + 1);
                Ring ring = new Ring(offset(loop, ox, oy));
                if (ring.signedArea() > 0) outer.add(ring);
                else holes++;
            }
        }
        return new MaskContours(outer, holes);
    }

    /** Out-edge bits per vertex of the {@code (w + 1) x (h + 1)} corner grid. */
    private static byte[] edges(boolean[] m, int w, int h) {
        int vw = w + 1;
        byte[] out = new byte[vw * (h + 1)];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                if (!m[j * w + i]) continue;
                if (j == 0 || !m[(j - 1) * w + i]) out[j * vw + i] |= bit(RIGHT);
                if (i == w - 1 || !m[j * w + i + 1]) out[j * vw + i + 1] |= bit(DOWN);
                if (j == h - 1 || !m[(j + 1) * w + i]) out[(j + 1) * vw + i + 1] |= bit(LEFT);
                if (i == 0 || !m[j * w + i - 1]) out[(j + 1) * vw + i] |= bit(UP);
            }
        }
        return out;
    }

    /**
     * Follows one loop from vertex {@code start} leaving rightwards, consuming its edges; returns its corners as
     * x, y pairs in crop coordinates, starting at {@code start}.
     */
    private static int[] walk(byte[] edges, byte[] unused, int start, int vw) {
        int[] corners = new int[16];
        int n = 0;
        corners[n++] = start % vw;
        corners[n++] = start / vw;
        int cur = start;
        int dir = RIGHT;
        while (true) {
            unused[cur] &= (byte) ~bit(dir);
            cur += DX[dir] + DY[dir] * vw;
            int next = choose(edges[cur], dir);
            if (cur == start && next == RIGHT) break;
            if ((unused[cur] & bit(next)) == 0) throw new IllegalStateException("contour edge used twice");
            if (next != dir) {
                if (n + 2 > corners.length) corners = Arrays.copyOf(corners, corners.length * 2);
                corners[n++] = cur % vw;
                corners[n++] = cur / vw;
            }
            dir = next;
        }
        return Arrays.copyOf(corners, n);
    }

    /** The out direction at a vertex reached going {@code dir}: the only edge, or a left turn at a saddle. */
    private static int choose(byte bits, int dir) {
        if (Integer.bitCount(bits & 0xf) == 1) return Integer.numberOfTrailingZeros(bits & 0xf);
        int left = (dir + 3) & 3;
        if ((bits & bit(left)) == 0) throw new IllegalStateException("contour saddle without a left turn");
        return left;
    }

    private static int bit(int dir) {
        return 1 << dir;
    }

    private static int[] offset(int[] xy, int ox, int oy) {
        for (int i = 0; i < xy.length; i += 2) {
            xy[i] += ox;
            xy[i + 1] += oy;
        }
        return xy;
    }
}
