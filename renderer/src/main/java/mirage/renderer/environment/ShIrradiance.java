package mirage.renderer.environment;

import mirage.core.geom.Equirect;

/**
 * Diffuse irradiance of an environment map as 9 spherical-harmonic coefficients (Ramamoorthi and Hanrahan 2001,
 * "An efficient representation for irradiance environment maps"): the map's radiance projected on the real SH basis
 * up to band 2 (each texel weighted by its exact solid angle), each band then convolved with the clamped cosine
 * (A0 = pi, A1 = 2 pi / 3, A2 = pi / 4). Basis order and constants as in {@code shaded/hdr.glsl}. Pure maths.
 */
public final class ShIrradiance {
    private static final double[] BAND_SCALE = {Math.PI, 2 * Math.PI / 3, 2 * Math.PI / 3, 2 * Math.PI / 3,
            Math.PI / 4, Math.PI / 4, Math.PI / 4, Math.PI / 4, Math.PI / 4};

    private final double[] coefficients;   // 9 x RGB: irradiance coefficients E_lm = A_l L_lm

    private ShIrradiance(double[] coefficients) {
        this.coefficients = coefficients;
    }

    /** The 9 basis functions at unit direction (x, y, z), into {@code out}. */
    static void basis(double x, double y, double z, double[] out) {
        out[0] = 0.2820948;
        out[1] = 0.4886025 * y;
        out[2] = 0.4886025 * z;
        out[3] = 0.4886025 * x;
        out[4] = 1.0925484 * x * y;
        out[5] = 1.0925484 * y * z;
        out[6] = 0.3153916 * (3 * z * z - 1);
        out[7] = 1.0925484 * x * z;
        out[8] = 0.5462742 * (x * x - y * y);
    }

    /** Projects a {@code w x h} equirectangular RGB map (3 floats per texel, top row first). */
    public static ShIrradiance of(float[] rgb, int w, int h) {
        double[] sum = new double[27];
        double[] d = new double[3], y = new double[9];
        for (int j = 0; j < h; j++) {
            double omega = Equirect.texelSolidAngle(j, w, h);
            for (int i = 0; i < w; i++) {
                Equirect.direction((i + 0.5) / w, (j + 0.5) / h, d);
                basis(d[0], d[1], d[2], y);
                int t = 3 * (j * w + i);
                for (int k = 0; k < 9; k++)
                    for (int c = 0; c < 3; c++) sum[3 * k + c] += rgb[t + c] * y[k] * omega;
            }
        }
        for (int k = 0; k < 9; k++)
            for (int c = 0; c < 3; c++) sum[3 * k + c] *= BAND_SCALE[k];
        return new ShIrradiance(sum);
    }

    /** Irradiance at a surface with unit normal (x, y, z) in map coordinates: RGB into {@code out}. */
    public void irradiance(double x, double y, double z, double[] out) {
        double[] b = new double[9];
        basis(x, y, z, b);
        for (int c = 0; c < 3; c++) {
            double e = 0;
            for (int k = 0; k < 9; k++) e += coefficients[3 * k + c] * b[k];
            out[c] = e;
        }
    }

    /** The shader's {@code u_envSh}: irradiance coefficients / pi, 9 x RGB. */
    public float[] shaderCoefficients() {
        float[] out = new float[27];
        for (int i = 0; i < 27; i++) out[i] = (float) (coefficients[i] / Math.PI);
        return out;
    }
}
