package mirage.renderer.environment;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.HdrImage;

/**
 * An environment map made ready for image-based lighting, once per map: the diffuse irradiance as spherical
 * harmonics ({@link ShIrradiance}) and a GGX pre-filtered specular mip chain. Level 0 is the map itself (a mirror
 * reflects it exactly); level k (each half the size of the one before) is the map convolved with the GGX lobe of
 * roughness k / (levels - 1) for n = v = r, importance sampled ({@link #SAMPLES} Hammersley points per texel, each
 * read from a box-filtered copy of the map whose texels match the sample's solid angle, after Karis 2013 and
 * Filament). Deterministic; pure maths, no GL.
 *
 * @param levels RGB floats of each level, top row first; level k is {@code width >> k} by {@code height >> k}
 */
public record PrefilteredEnvironment(int width, int height, List<float[]> levels, ShIrradiance irradiance) {
    /** Most levels of the chain (roughness steps of 0.2 at most). */
    public static final int MAX_LEVELS = 6;
    static final int SAMPLES = 64;

    public PrefilteredEnvironment {
        levels = List.copyOf(levels);
    }

    /** Pre-filters a map. */
    public static PrefilteredEnvironment of(HdrImage map) {
        int w = map.width(), h = map.height();
        int count = Math.min(MAX_LEVELS, 32 - Integer.numberOfLeadingZeros(h));   // down to 2 x 1
        List<float[]> pyramid = boxPyramid(map.rgb(), w, h, count);
        List<float[]> levels = new ArrayList<>();
        levels.add(map.rgb());
        for (int k = 1; k < count; k++) levels.add(filterLevel(pyramid, w, h, k, (double) k / (count - 1)));
        return new PrefilteredEnvironment(w, h, levels, ShIrradiance.of(map.rgb(), w, h));
    }

    /** The map and its 2 x 2 box-averaged halvings, {@code count} images in all. */
    private static List<float[]> boxPyramid(float[] rgb, int w, int h, int count) {
        List<float[]> out = new ArrayList<>();
        out.add(rgb);
        for (int k = 1; k < count; k++) {
            float[] src = out.get(k - 1);
            int sw = w >> (k - 1), dw = w >> k, dh = h >> k;
            float[] dst = new float[3 * dw * dh];
            for (int y = 0; y < dh; y++)
                for (int x = 0; x < dw; x++)
                    for (int c = 0; c < 3; c++)
                        dst[3 * (y * dw + x) + c] = 0.25f * (src[3 * (2 * y * sw + 2 * x) + c] + src[3 * (2 * y * sw + 2 * x + 1) + c]
                                + src[3 * ((2 * y + 1) * sw + 2 * x) + c] + src[3 * ((2 * y + 1) * sw + 2 * x + 1) + c]);
            out.add(dst);
        }
        return out;
    }

    private static float[] filterLevel(List<float[]> pyramid, int w0, int h0, int k, double roughness) {
        int w = w0 >> k, h = h0 >> k;
        double alpha = Ggx.alpha(roughness);
        double texelOmega = 4 * Math.PI / ((double) w0 * h0);
        float[] out = new float[3 * w * h];
        double[] n = new double[3], hv = new double[4], acc = new double[3];
        for (int j = 0; j < h; j++)
            for (int i = 0; i < w; i++) {
                Equirect.direction((i + 0.5) / w, (j + 0.5) / h, n);
                acc[0] = acc[1] = acc[2] = 0;
                double weight = 0;
                for (int s = 0; s < SAMPLES; s++) {
                    Ggx.sampleHalf((s + 0.5) / SAMPLES, Ggx.radicalInverse(s), alpha, n, hv);
                    double noh = hv[3];
                    double lx = 2 * noh * hv[0] - n[0], ly = 2 * noh * hv[1] - n[1], lz = 2 * noh * hv[2] - n[2];
                    double nol = n[0] * lx + n[1] * ly + n[2] * lz;
                    if (nol <= 0) continue;
                    double pdf = Ggx.distribution(noh, alpha) / 4;   // v = n: D (n.h) / (4 v.h) = D / 4
                    double lod = Math.max(0, 0.5 * Math.log(1 / (SAMPLES * pdf) / texelOmega) / Math.log(2) + 1);
                    sample(pyramid, w0, h0, Equirect.u(lx, lz), Equirect.v(ly), lod, nol, acc);
                    weight += nol;
                }
                for (int c = 0; c < 3; c++) out[3 * (j * w + i) + c] = (float) (acc[c] / weight);
            }
        return out;
    }

    /** Trilinear lookup in the box pyramid, weighted, added into {@code acc}. */
    private static void sample(List<float[]> pyramid, int w0, int h0, double u, double v, double lod, double weight, double[] acc) {
        double clamped = Math.min(lod, pyramid.size() - 1);
        int lo = (int) Math.floor(clamped);
        int hi = Math.min(lo + 1, pyramid.size() - 1);
        double f = clamped - lo;
        Equirect.bilinear(pyramid.get(lo), w0 >> lo, h0 >> lo, u, v, weight * (1 - f), acc);
        if (f > 0) Equirect.bilinear(pyramid.get(hi), w0 >> hi, h0 >> hi, u, v, weight * f, acc);
    }
}
