package mirage.assets.assimp;

/** The sRGB transfer function (IEC 61966-2-1), encoded → linear. */
final class SrgbDecode {
    private SrgbDecode() {
    }

    static float toLinear(float encoded) {
        double c = encoded;
        return (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }

    /** Decodes r, g, b of packed RGBA in place; alpha is left as is. */
    static void rgbaInPlace(float[] rgba) {
        for (int i = 0; i < rgba.length; i++)
            if (i % 4 != 3) rgba[i] = toLinear(rgba[i]);
    }
}
