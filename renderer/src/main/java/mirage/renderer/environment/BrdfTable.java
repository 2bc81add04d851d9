package mirage.renderer.environment;

/**
 * The split-sum BRDF table (Karis 2013): for n . v and perceptual roughness, the scale A and bias B with
 * {@code integral of f_spec cos = F0 A + B} over the hemisphere, for the specular BRDF of {@code shaded/brdf.glsl}
 * (GGX, Smith-Schlick G with k = alpha / 2, Schlick Fresnel). Texel (i, j) holds n . v = (i + 0.5) / size and
 * roughness (j + 0.5) / size, RG interleaved, row j. Importance-sampled with {@link #SAMPLES} Hammersley points.
 */
public final class BrdfTable {
    public static final int SIZE = 32;
    static final int SAMPLES = 512;

    private BrdfTable() {}

    /** The table, {@code 2 x SIZE x SIZE} floats. */
    public static float[] compute() {
        float[] out = new float[2 * SIZE * SIZE];
        double[] ab = new double[2];
        for (int j = 0; j < SIZE; j++)
            for (int i = 0; i < SIZE; i++) {
                scaleBias((i + 0.5) / SIZE, (j + 0.5) / SIZE, ab);
                out[2 * (j * SIZE + i)] = (float) ab[0];
                out[2 * (j * SIZE + i) + 1] = (float) ab[1];
            }
        return out;
    }

    /** A and B for one n . v and roughness, into {@code out}. */
    static void scaleBias(double nov, double roughness, double[] out) {
        double alpha = Ggx.alpha(roughness);
        double k = alpha / 2;
        double[] n = {0, 0, 1}, h = new double[4];
        double vx = Math.sqrt(1 - nov * nov), vz = nov;
        double a = 0, b = 0;
        for (int s = 0; s < SAMPLES; s++) {
            Ggx.sampleHalf((s + 0.5) / SAMPLES, Ggx.radicalInverse(s), alpha, n, h);
            double voh = vx * h[0] + vz * h[2];
            double lz = 2 * voh * h[2] - vz;   // l = reflect(-v, h), z component = n . l
            if (lz <= 0 || voh <= 0) continue;
            double g = nov / (nov * (1 - k) + k) * (lz / (lz * (1 - k) + k));
            double gVis = g * voh / (h[3] * nov);
            double fc = Math.pow(1 - voh, 5);
            a += (1 - fc) * gVis;
            b += fc * gVis;
        }
        out[0] = a / SAMPLES;
        out[1] = b / SAMPLES;
    }
}
