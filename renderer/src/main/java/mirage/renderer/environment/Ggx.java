package mirage.renderer.environment;

/**
 * GGX importance sampling shared by the specular pre-filter and the BRDF table: Hammersley points and the
 * half-vector distributed as D(h) (n . h), in the frame of a unit normal. Perceptual roughness r gives alpha = r^2,
 * clamped at {@link #MIN_ROUGHNESS} like {@code shaded/brdf.glsl}. Pure maths.
 */
final class Ggx {
    static final double MIN_ROUGHNESS = 0.045;

    private Ggx() {}

    /** Point i of n of the 2D Hammersley set: (i / n, radical inverse of i in base 2). */
    static double radicalInverse(int i) {
        return (Integer.reverse(i) & 0xFFFFFFFFL) / 4294967296.0;
    }

    /**
     * The half vector for the sample point (u1, u2) about unit normal n: {@code out = {x, y, z, cos theta_h}}.
     *
     * @param alpha GGX alpha (roughness squared)
     */
    static void sampleHalf(double u1, double u2, double alpha, double[] n, double[] out) {
        double a2 = alpha * alpha;
        double phi = 2 * Math.PI * u1;
        double cosT = Math.sqrt((1 - u2) / (1 + (a2 - 1) * u2));
        double sinT = Math.sqrt(1 - cosT * cosT);
        double hx = sinT * Math.cos(phi), hy = sinT * Math.sin(phi);
        // tangent frame of n
        double ux = Math.abs(n[2]) < 0.999 ? 0 : 1, uy = 0, uz = Math.abs(n[2]) < 0.999 ? 1 : 0;
        double tx = uy * n[2] - uz * n[1], ty = uz * n[0] - ux * n[2], tz = ux * n[1] - uy * n[0];
        double tl = Math.sqrt(tx * tx + ty * ty + tz * tz);
        tx /= tl; ty /= tl; tz /= tl;
        double bx = n[1] * tz - n[2] * ty, by = n[2] * tx - n[0] * tz, bz = n[0] * ty - n[1] * tx;
        out[0] = tx * hx + bx * hy + n[0] * cosT;
        out[1] = ty * hx + by * hy + n[1] * cosT;
        out[2] = tz * hx + bz * hy + n[2] * cosT;
        out[3] = cosT;
    }

    /** GGX normal distribution D at n . h. */
    static double distribution(double noh, double alpha) {
        double a2 = alpha * alpha;
        double d = noh * noh * (a2 - 1) + 1;
        return a2 / (Math.PI * d * d);
    }

    static double alpha(double roughness) {
        double r = Math.max(roughness, MIN_ROUGHNESS);
        return r * r;
    }
}
