package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;
import mirage.scenes.model.Rgb;
import org.junit.jupiter.api.Test;

/** HSV to RGB against hand-worked values and against java.awt.Color's independent implementation. */
class HsvTest {
    private static final float EPS = 1e-6f;

    private static void assertRgb(float r, float g, float b, Rgb actual) {
        assertEquals(r, actual.r(), EPS, () -> "red of " + actual);
        assertEquals(g, actual.g(), EPS, () -> "green of " + actual);
        assertEquals(b, actual.b(), EPS, () -> "blue of " + actual);
    }

    @Test void primariesAndSecondaries() {
        assertRgb(1, 0, 0, Hsv.toRgb(0, 1, 1));
        assertRgb(1, 1, 0, Hsv.toRgb(60, 1, 1));
        assertRgb(0, 1, 0, Hsv.toRgb(120, 1, 1));
        assertRgb(0, 1, 1, Hsv.toRgb(180, 1, 1));
        assertRgb(0, 0, 1, Hsv.toRgb(240, 1, 1));
        assertRgb(1, 0, 1, Hsv.toRgb(300, 1, 1));
    }

    @Test void inBetweenHuesSaturationAndValue() {
        assertRgb(1, 0.5f, 0, Hsv.toRgb(30, 1, 1));            // orange: x = C (1 - |30/60 mod 2 - 1|) = 0.5
        assertRgb(0.5f, 1, 1, Hsv.toRgb(180, 0.5f, 1));        // C = 0.5, m = 0.5
        assertRgb(0.5f, 0, 0.5f, Hsv.toRgb(300, 1, 0.5f));     // C = 0.5, m = 0
        assertRgb(0.4f, 0.4f, 0.4f, Hsv.toRgb(123, 0, 0.4f));  // no saturation: grey at the value
        assertRgb(0, 0, 0, Hsv.toRgb(77, 0.8f, 0));
    }

    @Test void hueIsTakenMod360() {
        assertRgb(0, 0, 1, Hsv.toRgb(-120, 1, 1));
        assertRgb(1, 0, 0, Hsv.toRgb(720, 1, 1));
        assertRgb(1, 0, 0, Hsv.toRgb(360, 1, 1));
        assertRgb(1, 0.5f, 0, Hsv.toRgb(-330, 1, 1));
        assertRgb(1, 0, 0, Hsv.toRgb(-1e-300, 1, 1)); // rounds to exactly 360 before the wrap: must not fall off the hexagon
    }

    /** java.awt.Color.HSBtoRGB is the same model written independently; it rounds to 8 bits, so compare within 1/255. */
    @Test void agreesWithAwt() {
        RandomGenerator rng = Seeds.derive(5, 0, "hsv");
        for (int i = 0; i < 5000; i++) {
            float h = rng.nextFloat() * 360, s = rng.nextFloat(), v = rng.nextFloat();
            int awt = java.awt.Color.HSBtoRGB(h / 360, s, v);
            Rgb c = Hsv.toRgb(h, s, v);
            String at = "hsv " + h + ", " + s + ", " + v;
            assertEquals((awt >> 16) & 0xff, c.r() * 255, 0.51, at);
            assertEquals((awt >> 8) & 0xff, c.g() * 255, 0.51, at);
            assertEquals(awt & 0xff, c.b() * 255, 0.51, at);
        }
    }

    @Test void outOfRangeInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hsv.toRgb(Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Hsv.toRgb(0, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Hsv.toRgb(0, 1, -0.1));
    }
}
