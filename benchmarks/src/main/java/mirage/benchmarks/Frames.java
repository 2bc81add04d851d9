package mirage.benchmarks;

import java.util.SplittableRandom;
import mirage.core.image.DepthImage;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;

/**
 * Deterministic stand-ins for one rendered frame (fixed seed, so every run and every fork sees the same bytes):
 * {@value #INSTANCES} instances drawn as filled ellipses and rectangles over an empty background, the nearest
 * surface winning each pixel. From the same shapes: the instance id image, the amodal bit planes (bit k-1 = instance k's whole
 * silhouette), a shaded RGBA image with mild noise, and a camera-z depth image (0 = background, no surface).
 */
public final class Frames {
    /** Instances per frame, as in a typical rendered scene. */
    public static final int INSTANCES = 10;
    private static final long SEED = 0x5eed_1234L;

    public final int width;
    public final int height;
    public final IdImage ids;
    /** Amodal silhouettes, one bit plane per instance ({@link #INSTANCES} planes). */
    public final int[] amodalBits;
    public final RgbaImage rgba;
    public final DepthImage depth;

    private Frames(int width, int height) {
        this.width = width;
        this.height = height;
        int n = width * height;
        int[] id = new int[n];
        int[] bits = new int[n];
        byte[] px = new byte[n * 4];
        float[] z = new float[n];
        SplittableRandom rnd = new SplittableRandom(SEED);

        // Background: a smooth vertical gradient, no surface (depth 0, id 0).
        for (int y = 0, i = 0; y < height; y++) {
            double t = (double) y / (height - 1);
            for (int x = 0; x < width; x++, i++) {
                double s = (double) x / (width - 1);
                px[i * 4] = (byte) (40 + 60 * t);
                px[i * 4 + 1] = (byte) (60 + 50 * t + 10 * s);
                px[i * 4 + 2] = (byte) (90 + 80 * t);
                px[i * 4 + 3] = (byte) 255;
            }
        }
        int minDim = Math.min(width, height);
        for (int k = 1; k <= INSTANCES; k++) {
            boolean ellipse = k % 3 != 0;                     // two ellipses for each rectangle
            double cx = width * (0.1 + 0.8 * rnd.nextDouble());
            double cy = height * (0.1 + 0.8 * rnd.nextDouble());
            double rx = minDim * (0.06 + 0.14 * rnd.nextDouble());
            double ry = minDim * (0.06 + 0.14 * rnd.nextDouble());
            double zNear = 0.6 + 4.0 * rnd.nextDouble();      // metres
            double r0 = 60 + 180 * rnd.nextDouble(), g0 = 60 + 180 * rnd.nextDouble(), b0 = 60 + 180 * rnd.nextDouble();
            int xa = Math.max(0, (int) Math.floor(cx - rx)), xb = Math.min(width - 1, (int) Math.ceil(cx + rx));
            int ya = Math.max(0, (int) Math.floor(cy - ry)), yb = Math.min(height - 1, (int) Math.ceil(cy + ry));
            for (int y = ya; y <= yb; y++) {
                for (int x = xa; x <= xb; x++) {
                    double dx = (x + 0.5 - cx) / rx, dy = (y + 0.5 - cy) / ry;
                    double d2 = dx * dx + dy * dy;
                    if (ellipse ? d2 > 1 : Math.abs(dx) > 1 || Math.abs(dy) > 1) continue;
                    int i = y * width + x;
                    bits[i] |= 1 << (k - 1);
                    // Shading: a lit dome for ellipses, a tilted plane for rectangles.
                    double shade = ellipse ? 0.35 + 0.65 * Math.sqrt(Math.max(0, 1 - d2)) * (0.75 - 0.25 * (dx + dy) / 2)
                            : 0.55 + 0.2 * dx - 0.15 * dy;
                    double depth = ellipse ? zNear + 0.2 * rx / minDim * d2 : zNear + 0.05 * dx + 0.03 * dy;
                    if (z[i] != 0 && z[i] < depth) continue;   // something nearer already covers this pixel
                    id[i] = k;
                    z[i] = (float) depth;
                    px[i * 4] = clamp(r0 * shade);
                    px[i * 4 + 1] = clamp(g0 * shade);
                    px[i * 4 + 2] = clamp(b0 * shade);
                }
            }
        }
        // Mild noise, like a render's texture and antialiasing: uniform -2..+2 per channel.
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                int v = (px[i * 4 + c] & 0xff) + rnd.nextInt(5) - 2;
                px[i * 4 + c] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        ids = new IdImage(width, height, id);
        amodalBits = bits;
        rgba = new RgbaImage(width, height, px);
        depth = new DepthImage(width, height, z);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
    }

    /** The frame for a {@code WIDTHxHEIGHT} size string, e.g. {@code "640x480"}. */
    public static Frames of(String size) {
        int x = size.indexOf('x');
        return new Frames(Integer.parseInt(size.substring(0, x)), Integer.parseInt(size.substring(x + 1)));
    }
}
