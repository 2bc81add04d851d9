package mirage.annotators.depth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.annotators.depth.DepthPng.OverflowPolicy;
import org.junit.jupiter.api.Test;

class DepthTest {
    private static final float INF = Float.POSITIVE_INFINITY;

    @Test
    void metresToUnitsRoundHalfUpAndNoSurfaceIsZero() {
        float[] z = {1.0f, 0, INF, Float.NaN, 0.00015f, 2.5f};
        DepthPng.Encoded e = DepthPng.encode(z, 3, 2, 0.1, OverflowPolicy.ERROR);
        assertArrayEquals(new int[] {10000, 0, 0, 0, 2, 25000}, e.units());
        assertEquals(0, e.clampedPixels());
        assertEquals(2.5, e.maxDepthMetres());
    }

    @Test
    void unitsTimesScaleGiveMillimetresWithinHalfAUnit() {
        float[] z = new float[64];
        for (int i = 0; i < z.length; i++) z[i] = 0.05f + i * 0.37f;
        double scale = 1.0;
        DepthPng.Encoded e = DepthPng.encode(z, 8, 8, scale, OverflowPolicy.ERROR);
        for (int i = 0; i < z.length; i++) assertEquals(z[i] * 1000.0, e.units()[i] * scale, scale / 2 + 1e-9);
    }

    @Test
    void overflowIsAnErrorNamingTheDepthAndTheLimit() {
        float[] z = {1, 70.2f, 3, 0};
        DepthRangeException e = assertThrows(DepthRangeException.class,
                () -> DepthPng.encode(z, 2, 2, 1.0, OverflowPolicy.ERROR));
        assertTrue(e.getMessage().contains("depth 70.1999969") && e.getMessage().contains("at (x=1, y=0)")
                && e.getMessage().contains("limit of 65.535 m"), e.getMessage());
        assertEquals(65.535, e.limitMetres(), 1e-12);
        assertEquals(70.2f, e.depthMetres(), 1e-6);
    }

    @Test
    void clampNeverWrapsAndCounts() {
        float[] z = {100, 65.535f, 65.536f, 0.0001f, 1};
        DepthPng.Encoded e = DepthPng.encode(z, 5, 1, 1.0, OverflowPolicy.CLAMP);
        assertArrayEquals(new int[] {65535, 65535, 65535, 1, 1000}, e.units());
        assertEquals(3, e.clampedPixels(), "100 m, 65.536 m (65536 units) and 0.1 mm (rounds to 0)");
        assertEquals(100, e.maxDepthMetres());
        assertThrows(DepthRangeException.class, () -> DepthPng.encode(new float[] {0.0001f}, 1, 1, 1.0,
                OverflowPolicy.ERROR), "a surface that would read as 'no surface'");
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DepthPng.encode(new float[] {-1}, 1, 1, 1, OverflowPolicy.CLAMP));
        assertThrows(IllegalArgumentException.class, () -> DepthPng.encode(new float[] {Float.NEGATIVE_INFINITY}, 1, 1,
                1, OverflowPolicy.CLAMP));
        assertThrows(IllegalArgumentException.class, () -> DepthPng.encode(new float[2], 1, 1, 1, OverflowPolicy.CLAMP));
        assertThrows(IllegalArgumentException.class, () -> DepthPng.encode(new float[1], 1, 1, 0, OverflowPolicy.CLAMP));
    }

    @Test
    void clampedPixelsCountsWhatEncodeClampsAndFailsLikeIt() {
        float[] z = {100, 65.535f, 65.536f, 0.0001f, 1, 0};
        assertEquals(DepthPng.encode(z, 6, 1, 1.0, OverflowPolicy.CLAMP).clampedPixels(),
                DepthPng.clampedPixels(z, 6, 1, 1.0, OverflowPolicy.CLAMP));
        assertEquals(0, DepthPng.clampedPixels(new float[] {1, 2}, 2, 1, 1.0, OverflowPolicy.ERROR));
        assertThrows(DepthRangeException.class, () -> DepthPng.clampedPixels(z, 6, 1, 1.0, OverflowPolicy.ERROR));
    }
}
