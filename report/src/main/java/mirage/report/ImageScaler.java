package mirage.report;

import mirage.core.image.RgbaImage;

/**
 * Resizes RGB by area averaging: each output pixel is the mean of the source area it covers, each source pixel
 * weighted by its overlap (a box filter, separable: rows first, then columns). Shrinking by a whole factor gives the
 * exact block mean, rounded half up. Output alpha is 255.
 */
final class ImageScaler {
    private ImageScaler() {
    }

    static RgbaImage resize(RgbaImage src, int width, int height) {
        int sw = src.width();
        int sh = src.height();
        Taps across = Taps.of(sw, width);
        Taps down = Taps.of(sh, height);
        byte[] in = src.rgba();
        float[] rows = new float[sh * width * 3];     // each source row resized to the output width
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < width; x++) {
                float r = 0, g = 0, b = 0;
                float[] w = across.weights[x];
                for (int j = 0, s = (y * sw + across.first[x]) * 4; j < w.length; j++, s += 4) {
                    r += w[j] * (in[s] & 0xff);
                    g += w[j] * (in[s + 1] & 0xff);
                    b += w[j] * (in[s + 2] & 0xff);
                }
                int d = (y * width + x) * 3;
                rows[d] = r;
                rows[d + 1] = g;
                rows[d + 2] = b;
            }
        }
        byte[] out = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            float[] w = down.weights[y];
            for (int x = 0; x < width; x++) {
                float r = 0, g = 0, b = 0;
                for (int j = 0; j < w.length; j++) {
                    int s = ((down.first[y] + j) * width + x) * 3;
                    r += w[j] * rows[s];
                    g += w[j] * rows[s + 1];
                    b += w[j] * rows[s + 2];
                }
                int d = (y * width + x) * 4;
                out[d] = toByte(r);
                out[d + 1] = toByte(g);
                out[d + 2] = toByte(b);
                out[d + 3] = (byte) 255;
            }
        }
        return new RgbaImage(width, height, out);
    }

    private static byte toByte(float v) {
        return (byte) Math.min(255, (int) (v + 0.5f));
    }

    /** For each output index: the first source index it covers and the normalised overlap of each covered one. */
    private record Taps(int[] first, float[][] weights) {
        static Taps of(int source, int target) {
            double scale = (double) source / target;
            int[] first = new int[target];
            float[][] weights = new float[target][];
            for (int i = 0; i < target; i++) {
                double a = i * scale;
                double b = (i + 1) * scale;
                int s0 = (int) Math.floor(a);
                int s1 = Math.min(source, (int) Math.ceil(b));
                first[i] = s0;
                weights[i] = new float[s1 - s0];
                for (int s = s0; s < s1; s++) weights[i][s - s0] = (float) ((Math.min(b, s + 1) - Math.max(a, s)) / scale);
            }
            return new Taps(first, weights);
        }
    }
}
