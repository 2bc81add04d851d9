package mirage.core.image;

import java.util.SplittableRandom;

/** Small test images with known pixels (a test helper other modules use through core's test jar). */
public final class Images {
    private Images() {
    }

    /** Every pixel (r, g, b, a). */
    public static RgbaImage flat(int w, int h, int r, int g, int b, int a) {
        byte[] px = new byte[w * h * 4];
        for (int p = 0; p < px.length; p += 4) {
            px[p] = (byte) r;
            px[p + 1] = (byte) g;
            px[p + 2] = (byte) b;
            px[p + 3] = (byte) a;
        }
        return new RgbaImage(w, h, px);
    }

    /** Uniformly random RGB bytes, alpha 255. */
    public static RgbaImage random(int w, int h, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] px = new byte[w * h * 4];
        for (int p = 0; p < px.length; p++) px[p] = (byte) ((p & 3) == 3 ? 255 : rnd.nextInt(256));
        return new RgbaImage(w, h, px);
    }

    public static void set(RgbaImage img, int x, int y, int r, int g, int b) {
        int p = (y * img.width() + x) * 4;
        img.rgba()[p] = (byte) r;
        img.rgba()[p + 1] = (byte) g;
        img.rgba()[p + 2] = (byte) b;
    }

    /** Channel c (0 R, 1 G, 2 B, 3 A) of pixel (x, y), 0..255. */
    public static int at(RgbaImage img, int x, int y, int c) {
        return img.rgba()[(y * img.width() + x) * 4 + c] & 0xff;
    }
}
