package mirage.scenes.sampling;

import mirage.scenes.model.Rgb;

/**
 * The colour of a black body at a temperature, as linear sRGB normalised to luminance 1
 * (0.2126 r + 0.7152 g + 0.0722 b = 1), for light colours.
 *
 * <p>Steps: the temperature's chromaticity (x, y) on the Planckian locus, CIE 1931 2-degree observer; then xyY with
 * Y = 1 to XYZ; then XYZ to linear sRGB with the IEC 61966-2-1 (D65) matrix. The chromaticity comes from two
 * published approximations:
 * <ul>
 *   <li>1667..40000 K: the cubic splines of Kim, Kang et al., "Design of advanced color temperature control system
 *       for HDTV applications", J. Korean Physical Society 41(6), 2002 (valid 1667..25000 K). Past 25000 K their
 *       last branch, a cubic in 1/T, is continued: the locus barely moves there (x falls from 0.2525 to 0.2472 by
 *       40000 K) and the continuation stays within 0.001 of a direct Planck integration (see KelvinTest).</li>
 *   <li>1000..1667 K: the rational Chebyshev approximation of Krystek, "An algorithm to calculate correlated colour
 *       temperature", Color Research and Application 10(1), 1985, in CIE 1960 (u, v) (valid 1000..15000 K). At
 *       1667 K the two differ by 0.0005 in x and y.</li>
 * </ul>
 * Below about 1900 K the colour lies outside the sRGB gamut (blue would be negative); negative channels are set to
 * 0 and the colour scaled back to luminance 1, keeping the hue as closely as sRGB can.
 */
public final class Kelvin {
    /** Lowest and highest temperatures, kelvin. */
    public static final double MIN = 1000, MAX = 40000;
    /** Where Kim et al.'s splines begin, kelvin. */
    static final double KIM_MIN = 1667;

    private Kelvin() {}

    /** Linear sRGB of a black body at {@code kelvin} (1000..40000), luminance 1. */
    public static Rgb toRgb(double kelvin) {
        double[] xy = chromaticity(kelvin);
        double x = xy[0], y = xy[1];
        double bigX = x / y, bigY = 1, bigZ = (1 - x - y) / y;
        double r = 3.2404542 * bigX - 1.5371385 * bigY - 0.4985314 * bigZ;
        double g = -0.9692660 * bigX + 1.8760108 * bigY + 0.0415560 * bigZ;
        double b = 0.0556434 * bigX - 0.2040259 * bigY + 1.0572252 * bigZ;
        r = Math.max(0, r);
        g = Math.max(0, g);
        b = Math.max(0, b);
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return new Rgb((float) (r / luminance), (float) (g / luminance), (float) (b / luminance));
    }

    /** CIE 1931 (x, y) of the Planckian locus at {@code kelvin} (1000..40000). */
    static double[] chromaticity(double kelvin) {
        if (!(kelvin >= MIN && kelvin <= MAX)) throw new IllegalArgumentException("temperature out of 1000..40000 K: " + kelvin);
        return kelvin < KIM_MIN ? krystek(kelvin) : kim(kelvin);
    }

    private static double[] kim(double t) {
        double t1 = 1e3 / t, t2 = t1 * t1, t3 = t2 * t1; // powers of 1000/T keep the coefficients readable
        double x = t <= 4000
                ? -0.2661239 * t3 - 0.2343589 * t2 + 0.8776956 * t1 + 0.179910
                : -3.0258469 * t3 + 2.1070379 * t2 + 0.2226347 * t1 + 0.240390;
        double x2 = x * x, x3 = x2 * x;
        double y;
        if (t <= 2222) y = -1.1063814 * x3 - 1.34811020 * x2 + 2.18555832 * x - 0.20219683;
        else if (t <= 4000) y = -0.9549476 * x3 - 1.37418593 * x2 + 2.09137015 * x - 0.16748867;
        else y = 3.0817580 * x3 - 5.87338670 * x2 + 3.75112997 * x - 0.37001483;
        return new double[] {x, y};
    }

    private static double[] krystek(double t) {
        double t2 = t * t;
        double u = (0.860117757 + 1.54118254e-4 * t + 1.28641212e-7 * t2) / (1 + 8.42420235e-4 * t + 7.08145163e-7 * t2);
        double v = (0.317398726 + 4.22806245e-5 * t + 4.20481691e-8 * t2) / (1 - 2.89741816e-5 * t + 1.61456053e-7 * t2);
        double d = 2 * u - 8 * v + 4;
        return new double[] {3 * u / d, 2 * v / d};
    }
}
