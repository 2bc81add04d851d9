package mirage.effects;

/** Separable Gaussian blur of interleaved float RGB with clamped edges. */
final class GaussianBlur {
    private GaussianBlur() {
    }

    /** The normalised kernel: weights for offsets {@code -r..r}, {@code r = ceil(3 sigma)}; sigma must be > 0. */
    static float[] kernel(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] w = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            w[i + r] = StrictMath.exp(-(double) i * i / (2 * sigma * sigma));
            sum += w[i + r];
        }
        float[] k = new float[w.length];
        for (int i = 0; i < w.length; i++) k[i] = (float) (w[i] / sum);
        return k;
    }

    /** A new blurred buffer; {@code rgb} is {@code w * h * 3} interleaved floats and is left unchanged. */
    static float[] blur(float[] rgb, int w, int h, double sigma) {
        float[] k = kernel(sigma);
        float[] across = new float[rgb.length];
        horizontal(rgb, across, w, h, k);
        float[] out = new float[rgb.length];
        vertical(across, out, w, h, k);
        return out;
    }

    /** Each row convolved along x: the row is copied into a buffer padded with its edge pixels, then swept per tap. */
    private static void horizontal(float[] src, float[] dst, int w, int h, float[] k) {
        int r = k.length / 2;
        int stride = w * 3;
        float[] padded = new float[(w + 2 * r) * 3];
        for (int y = 0; y < h; y++) {
            int row = y * stride;
            for (int i = 0; i < r; i++) {
                System.arraycopy(src, row, padded, i * 3, 3);
                System.arraycopy(src, row + stride - 3, padded, (r + w + i) * 3, 3);
            }
            System.arraycopy(src, row, padded, r * 3, stride);
            // Taps outside, pixels inside: the inner loop is a plain multiply-add over the row, which the JIT
            // vectorises; each output still sums its taps in kernel order.
            for (int j = 0; j < k.length; j++) {
                float kj = k[j];
                for (int i = 0, p = j * 3; i < stride; i++, p++) dst[row + i] += kj * padded[p];
            }
        }
    }

    /** Each output row is the kernel-weighted sum of whole input rows (clamped), which keeps memory access linear. */
    private static void vertical(float[] src, float[] dst, int w, int h, float[] k) {
        int r = k.length / 2;
        int stride = w * 3;
        for (int y = 0; y < h; y++) {
            int out = y * stride;
            for (int j = 0; j < k.length; j++) {
                int sy = Math.min(h - 1, Math.max(0, y + j - r));
                float kj = k[j];
                for (int i = 0, s = sy * stride; i < stride; i++, s++) dst[out + i] += kj * src[s];
            }
        }
    }
}
