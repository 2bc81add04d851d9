package mirage.annotators.rle;

import java.util.ArrayList;
import java.util.List;
import mirage.annotators.mask.PixelBox;

/**
 * Masks packed as bit planes: bit b of each pixel (row-major ints, origin top-left) is one mask, so up to 32
 * overlapping masks (amodal silhouettes) share one image. One column-major pass gives every plane's pixel count,
 * tight box and COCO RLE, tracking each plane's open run as {@link MultiEncoder} does for ids.
 */
public final class BitPlanes {
    /** One plane's mask: its pixel count, its tight box (null when empty) and its RLE. */
    public record Mask(long pixels, PixelBox box, Rle rle) {}

    private BitPlanes() {}

    /** The masks of planes 0 .. planes-1 of {@code bits}, a {@code width*height} row-major image. */
    public static List<Mask> decodePlanes(int[] bits, int width, int height, int planes) {
        if (planes < 0 || planes > 32) throw new IllegalArgumentException("planes must be 0..32: " + planes);
        if (bits.length != width * height) throw new IllegalArgumentException("bits length != width*height");
        RunList[] runs = new RunList[planes];
        long[] end = new long[planes], open = new long[planes], count = new long[planes];
        int[] x0 = new int[planes], y0 = new int[planes], x1 = new int[planes], y1 = new int[planes];
        for (int b = 0; b < planes; b++) {
            runs[b] = new RunList();
            x0[b] = y0[b] = Integer.MAX_VALUE;
            x1[b] = y1[b] = -1;
        }
        int mask = planes == 32 ? -1 : (1 << planes) - 1;
        long t = 0;
        for (int col = 0; col < width; col++) {
            for (int row = 0, i = col; row < height; row++, i += width, t++) {
                int v = bits[i] & mask;
                while (v != 0) {
                    int b = Integer.numberOfTrailingZeros(v);
                    v &= v - 1;
                    if (open[b] == 0 || end[b] != t) {
                        if (open[b] > 0) runs[b].add(open[b]);
                        runs[b].add(t - end[b]);
                        open[b] = 0;
                    }
                    open[b]++;
                    end[b] = t + 1;
                    count[b]++;
                    if (x0[b] == Integer.MAX_VALUE) x0[b] = col;
                    x1[b] = col;
                    y0[b] = Math.min(y0[b], row);
                    y1[b] = Math.max(y1[b], row);
                }
            }
        }
        List<Mask> out = new ArrayList<>(planes);
        for (int b = 0; b < planes; b++) {
            if (open[b] > 0) runs[b].add(open[b]);
            if (t > end[b]) runs[b].add(t - end[b]);
            PixelBox box = count[b] == 0 ? null : PixelBox.ofInclusive(x0[b], y0[b], x1[b], y1[b]);
            out.add(new Mask(count[b], box, new Rle(height, width, CocoRle.countsToString(runs[b].toArray()))));
        }
        return out;
    }
}
