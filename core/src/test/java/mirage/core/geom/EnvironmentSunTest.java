package mirage.core.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnvironmentSunTest {
    static final int W = 512, H = 256;   // texels of 0.7°: a 2 x 2 block lies well within the 4° patch

    /** A dim sky with one bright texel block (i0..i0+1, j0..j0+1) of the given colour. */
    static float[] map(int i0, int j0, float r, float g, float b) {
        float[] rgb = new float[3 * W * H];
        java.util.Arrays.fill(rgb, 0.2f);
        for (int j = j0; j < j0 + 2; j++)
            for (int i = i0; i < i0 + 2; i++) {
                rgb[3 * (j * W + i)] = r;
                rgb[3 * (j * W + i) + 1] = g;
                rgb[3 * (j * W + i) + 2] = b;
            }
        return rgb;
    }

    /** The block's centre is the corner shared by its four texels: u = (i0 + 1) / W, v = (j0 + 1) / H. */
    @Test
    void theSunIsTheBrightPatchsCentreAndColour() {
        int i0 = 320, j0 = 72;
        EnvironmentSun sun = EnvironmentSun.of(W, H, map(i0, j0, 50, 40, 20));
        double[] expected = new double[3];
        // the four texels have equal luminance but their rows differ in solid angle: the weighted mean direction leans
        // a little towards the larger (lower) row; compare within a tenth of a texel's angular size
        Equirect.direction((i0 + 1.0) / W, (j0 + 1.0) / H, expected);
        double texel = Math.PI / H;
        double angle = Math.acos(Math.min(1, sun.x() * expected[0] + sun.y() * expected[1] + sun.z() * expected[2]));
        assertEquals(0, angle, 0.1 * texel);
        assertEquals(1, Math.sqrt(sun.x() * sun.x() + sun.y() * sun.y() + sun.z() * sun.z()), 1e-12);
        assertEquals(1.0, sun.red(), 1e-12);
        assertEquals(0.8, sun.green(), 1e-6);
        assertEquals(0.4, sun.blue(), 1e-6);
    }

    @Test
    void aBrighterPatchBelowTheHorizonIsNotTheSun() {
        float[] rgb = map(80, 40, 10, 10, 10);
        for (int c = 0; c < 3; c++) rgb[3 * (200 * W + 400) + c] = 1000;   // a reflection in the lower half
        EnvironmentSun sun = EnvironmentSun.of(W, H, rgb);
        double[] expected = new double[3];
        Equirect.direction(81.0 / W, 41.0 / H, expected);
        assertEquals(expected[1], sun.y(), 0.01);
        assertEquals(1, sun.red(), 1e-12);
    }

    @Test
    void aBlackMapGivesAWhiteSunAtTheFirstTexel() {
        EnvironmentSun sun = EnvironmentSun.of(W, H, new float[3 * W * H]);
        double[] first = new double[3];
        Equirect.direction(0.5 / W, 0.5 / H, first);
        assertEquals(first[1], sun.y(), 1e-12);
        assertEquals(1, sun.green(), 0);
    }

    @Test
    void aWrongBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EnvironmentSun.of(W, H, new float[5]));
    }
}
