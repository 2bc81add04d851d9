package mirage.renderer.environment;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.HdrImage;
import mirage.core.geom.Equirect;

/**
 * An environment map made ready for image-based lighting, once per map: the diffuse irradiance as spherical
 * harmonics ({@link ShIrradiance}) and a GGX pre-filtered specular mip chain. Level 0 is the map itself (a mirror
 * reflects it exactly); level k (each half the size of the one before) is the map convolved with the GGX lobe of
 * roughness k / (levels - 1) for n = v = r, importance sampled (up to {@link #SAMPLES} Hammersley points per texel, each
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

    /** Samples per texel at level k: fewer where the lobe is narrow (its source level is sharp there anyway). */
    static int samples(int k) {
        return k == 1 ? SAMPLES / 4 : k == 2 ? SAMPLES / 2 : SAMPLES;
    }

    private static float[] filterLevel(List<float[]> pyramid, int w0, int h0, int k, double roughness) {
        int w = w0 >> k, h = h0 >> k;
        double alpha = Ggx.alpha(roughness);
        double texelOmega = 4 * Math.PI / ((double) w0 * h0);
        // the GGX half vectors about n = +z (v = n), the same for every texel: tangent-frame components, n . l, lod
        int m = samples(k);
        double[] hx = new double[m], hy = new double[m], hz = new double[m], nol = new double[m], lod = new double[m];
        double[] up = {0, 0, 1}, hv = new double[4];
        for (int s = 0; s < m; s++) {
            Ggx.sampleHalf((s + 0.5) / m, Ggx.radicalInverse(s), alpha, up, hv);
            hx[s] = hv[0];
            hy[s] = hv[1];
            hz[s] = hv[3];
            nol[s] = 2 * hz[s] * hz[s] - 1;
            double pdf = Ggx.distribution(hz[s], alpha) / 4;   // v = n: D (n.h) / (4 v.h) = D / 4
            lod[s] = Math.max(0, 0.5 * Math.log(1 / (m * pdf) / texelOmega) / Math.log(2) + 1);
        }
        float[] out = new float[3 * w * h];
        // rows are independent and each is computed the same way whatever thread runs it: deterministic
        java.util.stream.IntStream.range(0, h).parallel().forEach(j -> {
            double[] n = new double[3], acc = new double[3];
            for (int i = 0; i < w; i++) {
                Equirect.direction((i + 0.5) / w, (j + 0.5) / h, n);
                // a tangent frame of n: t = normalize(up x n) with up = +y, or +x at the poles
                double tx, ty, tz;
                if (Math.abs(n[1]) < 0.999) { tx = n[2]; ty = 0; tz = -n[0]; }
                else { tx = 0; ty = -n[2]; tz = n[1]; }
                double tl = Math.sqrt(tx * tx + ty * ty + tz * tz);
                tx /= tl; ty /= tl; tz /= tl;
                double bx = n[1] * tz - n[2] * ty, by = n[2] * tx - n[0] * tz, bz = n[0] * ty - n[1] * tx;
                acc[0] = acc[1] = acc[2] = 0;
                double weight = 0;
                for (int s = 0; s < m; s++) {
                    if (nol[s] <= 0) continue;
                    double wx = tx * hx[s] + bx * hy[s] + n[0] * hz[s];
                    double wy = ty * hx[s] + by * hy[s] + n[1] * hz[s];
                    double wz = tz * hx[s] + bz * hy[s] + n[2] * hz[s];
                    double lx = 2 * hz[s] * wx - n[0], ly = 2 * hz[s] * wy - n[1], lz = 2 * hz[s] * wz - n[2];
                    sample(pyramid, w0, h0, Equirect.u(lx, lz), Equirect.v(ly), lod[s], nol[s], acc);
                    weight += nol[s];
                }
                for (int c = 0; c < 3; c++) out[3 * (j * w + i) + c] = (float) (acc[c] / weight);
            }
        });
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
