package mirage.core.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule the anti-aliasing tests hold the RGB to. A pixel's <em>change</em> is the largest channel difference (of
 * 255) between the frame without anti-aliasing and with it; it <em>changed</em> when that exceeds {@link #CHANGED}
 * (room for the resolve's rounding). A changed pixel is allowed when, in the frame without anti-aliasing, its 3×3
 * neighbourhood (the pixel and the 8 pixels at most 1 px away) holds a mask edge (two different instance ids) or an
 * RGB edge at least as strong as the change: a neighbour whose colour differs from the pixel's by at least the change
 * less {@link #CHANGED} in some channel (a shadow boundary, a texture or photo edge, or the silhouette of a prop or
 * of the ground, which are in no mask). Anti-aliasing mixes a pixel with what lies within about half a pixel of its
 * centre, so away from mask edges its new colour is explained by its neighbours' colours.
 */
public final class AntialiasEdges {
    /** Channel difference (of 255) above which a pixel counts as changed: room for the resolve's rounding. */
    public static final int CHANGED = 2;

    private AntialiasEdges() {}

    /**
     * Pixels that changed without a mask edge or a strong enough RGB edge within 1 px, as "x,y: off -> on (hex
     * 0xRRGGBB)" (empty when the rule holds).
     */
    public static List<String> violations(int width, int height, int[] ids, int[] offRgb, int[] onRgb) {
        List<String> out = new ArrayList<>();
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                int change = maxChannelDiff(offRgb[p], onRgb[p]);
                if (change > CHANGED && !nearEdge(width, height, ids, offRgb, x, y, change - CHANGED))
                    out.add(String.format("%d,%d: %06x -> %06x", x, y, offRgb[p], onRgb[p]));
            }
        return out;
    }

    /** Pixels that changed at all (any channel, any amount). */
    public static int changed(int[] offRgb, int[] onRgb) {
        int n = 0;
        for (int p = 0; p < offRgb.length; p++) if (offRgb[p] != onRgb[p]) n++;
        return n;
    }

    private static boolean nearEdge(int width, int height, int[] ids, int[] rgb, int x, int y, int contrast) {
        int p = y * width + x;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) {
                int qx = x + dx, qy = y + dy;
                if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
                int q = qy * width + qx;
                if (ids[q] != ids[p] || maxChannelDiff(rgb[q], rgb[p]) >= contrast) return true;
            }
        return false;
    }

    private static int maxChannelDiff(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) d = Math.max(d, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
        return d;
    }

    /** Packed 0xRRGGBB of every pixel, row-major. */
    public static int[] rgb(RgbaImage image) {
        int[] out = new int[image.width() * image.height()];
        for (int y = 0, k = 0; y < image.height(); y++)
            for (int x = 0; x < image.width(); x++) out[k++] = image.rgb(x, y);
        return out;
    }
}
