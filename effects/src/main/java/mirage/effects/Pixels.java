package mirage.effects;

import mirage.core.image.RgbaImage;

/** Conversions between 8-bit RGBA and interleaved float RGB in display units 0..1. */
final class Pixels {
    private static final float[] UNIT = new float[256];

    static {
        for (int i = 0; i < 256; i++) UNIT[i] = i / 255f;
    }

    private Pixels() {
    }

    /** Interleaved R, G, B floats, 3 per pixel, each the byte divided by 255. */
    static float[] toFloatRgb(RgbaImage image) {
        byte[] src = image.rgba();
        int n = image.width() * image.height();
        float[] rgb = new float[n * 3];
        for (int p = 0, s = 0, d = 0; p < n; p++, s += 4, d += 3) {
            rgb[d] = UNIT[src[s] & 0xff];
            rgb[d + 1] = UNIT[src[s + 1] & 0xff];
            rgb[d + 2] = UNIT[src[s + 2] & 0xff];
        }
        return rgb;
    }

    /** New RGBA bytes: each float clamped to 0..1 and rounded to the nearest 8-bit value; alpha from {@code alpha}. */
    static byte[] toBytes(float[] rgb, byte[] alpha) {
        int n = rgb.length / 3;
        byte[] out = new byte[n * 4];
        for (int p = 0, s = 0, d = 0; p < n; p++, s += 3, d += 4) {
            out[d] = toByte(rgb[s]);
            out[d + 1] = toByte(rgb[s + 1]);
            out[d + 2] = toByte(rgb[s + 2]);
            out[d + 3] = alpha[d + 3];
        }
        return out;
    }

    private static byte toByte(float v) {
        float c = v < 0 ? 0 : v > 1 ? 1 : v;   // NaN cannot occur: every input and factor is finite
        return (byte) (int) (c * 255f + 0.5f);
    }
}
