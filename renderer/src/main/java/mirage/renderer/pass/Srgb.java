package mirage.renderer.pass;

import mirage.scenes.model.Rgb;

/** The sRGB transfer function's inverse (IEC 61966-2-1), for colours given as display values. */
final class Srgb {
    private Srgb() {}

    static float toLinear(float c) {
        return c <= 0.04045f ? c / 12.92f : (float) Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static float[] toLinear(Rgb c) {
        return new float[] {toLinear(c.r()), toLinear(c.g()), toLinear(c.b())};
    }
}
