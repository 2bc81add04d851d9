package mirage.renderer.environment;

import mirage.core.geom.Equirect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The SH irradiance of the pre-filter against brute-force integration of the same small map (every texel split into
 * 8 x 8 sub-directions, each weighted by its own solid angle and clamped cosine), and the pre-filter's invariants.
 */
class ShIrradianceTest {
    static final int W = 32, H = 16;

    /** A sky-like map: a vertical gradient, a warm broad patch and a few bright texels. */
    static float[] map() {
        float[] rgb = new float[3 * W * H];
        for (int j = 0; j < H; j++)
            for (int i = 0; i < W; i++) {
                int t = 3 * (j * W + i);
                double v = (j + 0.5) / H;
                rgb[t] = (float) (0.2 + 0.8 * (1 - v));
                rgb[t + 1] = (float) (0.3 + 0.5 * (1 - v));
                rgb[t + 2] = (float) (0.6 + 0.4 * (1 - v));
                if (i >= 20 && i < 26 && j >= 4 && j < 9) rgb[t] += 1.5f;
                if (i == 7 && j == 3) rgb[t + 1] += 6f;
            }
        return rgb;
    }

    static double[] bruteForce(float[] rgb, double[] n) {
        int sub = 8;
        double[] e = new double[3], d = new double[3];
        for (int j = 0; j < H; j++)
            for (int sj = 0; sj < sub; sj++) {
                double theta0 = (j + (double) sj / sub) * Math.PI / H, theta1 = (j + (sj + 1.0) / sub) * Math.PI / H;
                double omega = 2 * Math.PI / (W * sub) * (Math.cos(theta0) - Math.cos(theta1));
                double v = (theta0 + theta1) / 2 / Math.PI;
                for (int i = 0; i < W; i++)
                    for (int si = 0; si < sub; si++) {
                        Equirect.direction((i + (si + 0.5) / sub) / W, v, d);
                        double cos = Math.max(0, n[0] * d[0] + n[1] * d[1] + n[2] * d[2]);
                        for (int c = 0; c < 3; c++) e[c] += rgb[3 * (j * W + i) + c] * cos * omega;
                    }
            }
        return e;
    }

    @Test
    void shIrradianceMatchesBruteForceIntegration() {
        float[] rgb = map();
        ShIrradiance sh = ShIrradiance.of(rgb, W, H);
        double[][] normals = {{0, 1, 0}, {0, -1, 0}, {1, 0, 0}, {0, 0, -1}, {0.6, 0.64, 0.48}, {-0.48, -0.6, 0.64}};
        double[] got = new double[3];
        double max = 0;
        for (double[] n : normals) for (double e : bruteForce(rgb, n)) max = Math.max(max, e);
        for (double[] n : normals) {
            double[] expected = bruteForce(rgb, n);
            sh.irradiance(n[0], n[1], n[2], got);
            // 9 SH coefficients keep the clamped cosine's bands 0-2: the rest is at most a few per cent of the peak
            for (int c = 0; c < 3; c++)
                assertEquals(expected[c], got[c], 0.03 * max, "irradiance channel " + c + " at normal " + java.util.Arrays.toString(n));
        }
    }

    @Test
    void uniformMapGivesPiTimesRadianceEverywhere() {
        float[] rgb = new float[3 * W * H];
        java.util.Arrays.fill(rgb, 0.7f);
        ShIrradiance sh = ShIrradiance.of(rgb, W, H);
        double[] got = new double[3];
        sh.irradiance(0.36, -0.48, 0.8, got);
        assertEquals(Math.PI * 0.7, got[0], 2e-3 * Math.PI * 0.7);
    }

    @Test
    void prefilterKeepsTheMapAtLevelZeroAndItsAverageAtRoughnessOne() {
        float[] rgb = map();
        PrefilteredEnvironment env = PrefilteredEnvironment.of(new mirage.assets.HdrImage(W, H, rgb, "test"));
        assertEquals(5, env.levels().size());   // 32x16 down to 2x1
        assertTrue(java.util.Arrays.equals(rgb, env.levels().get(0)));
        float[] uniform = new float[3 * W * H];
        java.util.Arrays.fill(uniform, 0.25f);
        PrefilteredEnvironment flat = PrefilteredEnvironment.of(new mirage.assets.HdrImage(W, H, uniform, "flat"));
        for (float[] level : flat.levels()) for (float v : level) assertEquals(0.25f, v, 1e-5f);
    }

    @Test
    void brdfTableOfAPerfectMirrorIsOne() {
        double[] ab = new double[2];
        BrdfTable.scaleBias(1.0, 0.0, ab);
        assertEquals(1.0, ab[0] + ab[1], 0.02);
    }
}
