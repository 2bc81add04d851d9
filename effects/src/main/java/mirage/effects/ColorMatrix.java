package mirage.effects;

import mirage.scenes.model.SensorEffects;

/**
 * Brightness/contrast, saturation and hue rotation composed into one affine map of RGB, {@code v' = M v + o}: each
 * step is affine and nothing is clamped between them, so composing them gives the same result as applying them
 * one after another, in one pass.
 */
final class ColorMatrix {
    /** Rec. 709 luma weights of R, G, B. */
    static final double[] LUMA = {0.2126, 0.7152, 0.0722};

    private final float[] m;   // 3x4 row-major: M | o

    private ColorMatrix(double[] m) {
        this.m = new float[12];
        for (int i = 0; i < 12; i++) this.m[i] = (float) m[i];
    }

    /** The composed map of {@code fx}'s colour steps, or null when they change nothing. */
    static ColorMatrix of(SensorEffects fx) {
        double hue = fx.hueDeg() % 360;
        if (fx.brightness() == 0 && fx.contrast() == 1 && fx.saturation() == 1 && hue == 0) return null;
        double c = fx.contrast();
        double offset = 0.5 - 0.5 * c + fx.brightness();
        double[] contrast = {c, 0, 0, offset, 0, c, 0, offset, 0, 0, c, offset};
        return new ColorMatrix(then(hue(hue), then(saturation(fx.saturation()), contrast)));
    }

    /** {@code v' = Y + s (v - Y)}: row i is {@code (1 - s) LUMA + s e_i}. */
    static double[] saturation(double s) {
        double[] m = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) m[i * 4 + j] = (1 - s) * LUMA[j] + (i == j ? s : 0);
        }
        return m;
    }

    /**
     * Rotation by {@code deg} about the unit grey axis k = (1, 1, 1) / sqrt 3, Rodrigues' formula
     * {@code R = cos I + sin [k]x + (1 - cos) k k^T}, which has the circulant form [[a, b, c], [c, a, b], [b, c, a]].
     */
    static double[] hue(double deg) {
        if (deg == 0) return new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        double t = StrictMath.toRadians(deg);
        double cos = StrictMath.cos(t);
        double sin = StrictMath.sin(t);
        double third = (1 - cos) / 3;
        double s = sin / StrictMath.sqrt(3);
        double a = cos + third;
        double b = third - s;
        double c = third + s;
        return new double[] {a, b, c, 0, c, a, b, 0, b, c, a, 0};
    }

    /** The affine map "first {@code first}, then {@code second}" (both 3x4). */
    static double[] then(double[] second, double[] first) {
        double[] out = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                double v = j == 3 ? second[i * 4 + 3] : 0;
                for (int k = 0; k < 3; k++) v += second[i * 4 + k] * first[k * 4 + j];
                out[i * 4 + j] = v;
            }
        }
        return out;
    }

    /** Maps every pixel of the interleaved RGB buffer in place. */
    void apply(float[] rgb) {
        float m00 = m[0], m01 = m[1], m02 = m[2], o0 = m[3];
        float m10 = m[4], m11 = m[5], m12 = m[6], o1 = m[7];
        float m20 = m[8], m21 = m[9], m22 = m[10], o2 = m[11];
        for (int i = 0; i < rgb.length; i += 3) {
            float r = rgb[i], g = rgb[i + 1], b = rgb[i + 2];
            rgb[i] = m00 * r + m01 * g + m02 * b + o0;
            rgb[i + 1] = m10 * r + m11 * g + m12 * b + o1;
            rgb[i + 2] = m20 * r + m21 * g + m22 * b + o2;
        }
    }
}
