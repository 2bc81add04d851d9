package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.scenes.model.Rgb;
import org.junit.jupiter.api.Test;

/**
 * Black-body colours. The independent reference is Planck's law integrated against the CIE 1931 colour matching
 * functions in the multi-lobe Gaussian fit of Wyman, Sloan and Shirley, "Simple analytic approximations to the CIE
 * XYZ color matching functions", JCGT 2(2), 2013 (fit error well under the tolerances used here above 2000 K).
 */
class KelvinTest {
    private static double luminance(Rgb c) {
        return 0.2126 * c.r() + 0.7152 * c.g() + 0.0722 * c.b();
    }

    @Test void everyTemperatureHasLuminanceOne() {
        for (double t = Kelvin.MIN; t <= Kelvin.MAX; t += 250) {
            Rgb c = Kelvin.toRgb(t);
            assertEquals(1, luminance(c), 1e-5, "at " + t + " K: " + c);
        }
    }

    /**
     * D65 (6504 K) is white in sRGB, but D65 lies 0.003 above the Planckian locus (a daylight spectrum, not a black
     * body), so the black body at 6504 K is a little magenta: measured (1.042, 0.984, 1.036). Each channel is within
     * 5% of 1, and its chromaticity is the locus point, not D65's (0.3127, 0.3290).
     */
    @Test void d65TemperatureIsNearWhite() {
        Rgb c = Kelvin.toRgb(6504);
        for (float v : new float[] {c.r(), c.g(), c.b()}) assertEquals(1, v, 0.05, "got " + c);
        double[] xy = Kelvin.chromaticity(6504);
        assertEquals(0.3135, xy[0], 5e-4);
        assertEquals(0.3236, xy[1], 5e-4);
    }

    @Test void lowerIsRedderHigherIsBluer() {
        for (double t : new double[] {1000, 1500, 2000, 3000, 4000, 5000, 6000}) {
            Rgb c = Kelvin.toRgb(t);
            assertTrue(c.r() > c.g() && c.g() > c.b(), "at " + t + " K: " + c);
        }
        for (double t : new double[] {8000, 10000, 20000, 40000}) {
            Rgb c = Kelvin.toRgb(t);
            assertTrue(c.b() > c.g() && c.b() > c.r(), "at " + t + " K: " + c);
        }
        Rgb previous = Kelvin.toRgb(1000);
        for (double t = 1100; t <= Kelvin.MAX; t += 100) {
            Rgb c = Kelvin.toRgb(t);
            assertTrue(c.b() / c.r() >= previous.b() / previous.r(), "blue/red must not fall with temperature, at " + t + " K");
            previous = c;
        }
    }

    @Test void belowTheSrgbGamutBlueIsZeroNotNegative() {
        Rgb c = Kelvin.toRgb(1000);
        assertEquals(0, c.b());
        assertTrue(Kelvin.toRgb(2000).b() > 0);
    }

    @Test void chromaticityMatchesPlanckIntegration() {
        for (double t : new double[] {2000, 2500, 3000, 4000, 5000, 6504, 8000, 10000, 15000, 25000, 30000, 40000}) {
            double[] expected = planckXy(t), actual = Kelvin.chromaticity(t);
            assertEquals(expected[0], actual[0], 0.004, "x at " + t + " K");
            assertEquals(expected[1], actual[1], 0.004, "y at " + t + " K");
        }
        // Krystek's branch: the CMF fit is least accurate at the red end, so a looser bound
        for (double t : new double[] {1000, 1300, 1600}) {
            double[] expected = planckXy(t), actual = Kelvin.chromaticity(t);
            assertEquals(expected[0], actual[0], 0.015, "x at " + t + " K");
            assertEquals(expected[1], actual[1], 0.015, "y at " + t + " K");
        }
    }

    @Test void theTwoApproximationsMeetAt1667K() {
        double[] below = Kelvin.chromaticity(Math.nextDown(Kelvin.KIM_MIN)), at = Kelvin.chromaticity(Kelvin.KIM_MIN);
        assertEquals(below[0], at[0], 1e-3);
        assertEquals(below[1], at[1], 1e-3);
    }

    @Test void outOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Kelvin.toRgb(999));
        assertThrows(IllegalArgumentException.class, () -> Kelvin.toRgb(40001));
    }

    /** (x, y) of Planck's law at {@code t} kelvin, 360..830 nm in 0.5 nm steps. */
    private static double[] planckXy(double t) {
        double c2 = 1.438777e-2; // second radiation constant, m K
        double sx = 0, sy = 0, sz = 0;
        for (double nm = 360; nm <= 830; nm += 0.5) {
            double m = nm * 1e-9;
            double b = 1 / (Math.pow(m, 5) * (Math.exp(c2 / (m * t)) - 1));
            sx += b * (1.056 * lobe(nm, 599.8, 37.9, 31.0) + 0.362 * lobe(nm, 442.0, 16.0, 26.7) - 0.065 * lobe(nm, 501.1, 20.4, 26.2));
            sy += b * (0.821 * lobe(nm, 568.8, 46.9, 40.5) + 0.286 * lobe(nm, 530.9, 16.3, 31.1));
            sz += b * (1.217 * lobe(nm, 437.0, 11.8, 36.0) + 0.681 * lobe(nm, 459.0, 26.0, 13.8));
        }
        double sum = sx + sy + sz;
        return new double[] {sx / sum, sy / sum};
    }

    /** Wyman et al.'s piecewise Gaussian: width s1 below the peak, s2 above. */
    private static double lobe(double nm, double peak, double s1, double s2) {
        double d = (nm - peak) / (nm < peak ? s1 : s2);
        return Math.exp(-0.5 * d * d);
    }
}
