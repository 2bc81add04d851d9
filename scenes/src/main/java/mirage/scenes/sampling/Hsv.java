package mirage.scenes.sampling;

import mirage.scenes.model.Rgb;

/**
 * HSV to RGB, the hexcone model (Smith, "Color gamut transform pairs", SIGGRAPH 1978): the hue picks a side of the
 * hexagon, chroma = value x saturation. The result is in the same space (display or linear) as the value given.
 */
public final class Hsv {
    private Hsv() {}

    /**
     * @param hueDeg     hue in degrees, any finite value, taken mod 360 (0 red, 120 green, 240 blue)
     * @param saturation 0..1
     * @param value      0..1
     * @return red, green, blue, each in 0..1
     */
    public static Rgb toRgb(double hueDeg, double saturation, double value) {
        if (!Double.isFinite(hueDeg)) throw new IllegalArgumentException("hue must be finite: " + hueDeg);
        if (!(saturation >= 0 && saturation <= 1 && value >= 0 && value <= 1))
            throw new IllegalArgumentException("saturation and value must be 0..1: " + saturation + ", " + value);
        double h = hueDeg - 360 * StrictMath.floor(hueDeg / 360);
        if (h >= 360) h = 0; // a tiny negative hue rounds up to exactly 360
        double sector = h / 60;
        double chroma = value * saturation;
        double x = chroma * (1 - Math.abs(sector % 2 - 1));
        double m = value - chroma;
        double r, g, b;
        switch ((int) sector) {
            case 0 -> { r = chroma; g = x; b = 0; }
            case 1 -> { r = x; g = chroma; b = 0; }
            case 2 -> { r = 0; g = chroma; b = x; }
            case 3 -> { r = 0; g = x; b = chroma; }
            case 4 -> { r = x; g = 0; b = chroma; }
            default -> { r = chroma; g = 0; b = x; }
        }
        return new Rgb((float) (r + m), (float) (g + m), (float) (b + m));
    }
}
