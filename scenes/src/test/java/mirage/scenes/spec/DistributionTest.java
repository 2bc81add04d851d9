package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;
import mirage.scenes.testing.Stats;
import org.junit.jupiter.api.Test;

/**
 * Distribution sampling against its definition. Statistical checks use fixed seeds and n = 20000 samples, with
 * the Kolmogorov-Smirnov critical value at significance 0.001 (D &lt; 1.95 / sqrt(n) = 0.0138) and chi-square
 * thresholds at significance 0.001.
 */
class DistributionTest {
    private static final int N = 20_000;

    private static double[] draw(Distribution d, String stream) {
        RandomGenerator rng = Seeds.derive(12345, 0, stream);
        double[] out = new double[N];
        for (int i = 0; i < N; i++) out[i] = d.sample(rng);
        return out;
    }

    @Test void uniformPassesKs() {
        double[] s = draw(new Distribution.Uniform(2, 5), "uniform");
        for (double v : s) assertTrue(v >= 2 && v <= 5);
        double d = Stats.ks(s, x -> (x - 2) / 3);
        assertTrue(d < Stats.ksCritical(N), "KS D = " + d);
        // the test has power: against uniform [2, 5.2] the same samples are rejected
        assertTrue(Stats.ks(s, x -> Math.min(1, (x - 2) / 3.2)) > Stats.ksCritical(N));
    }

    @Test void normalPassesKs() {
        double[] s = draw(new Distribution.Normal(1, 2), "normal");
        double d = Stats.ks(s, x -> Stats.normalCdf((x - 1) / 2));
        assertTrue(d < Stats.ksCritical(N), "KS D = " + d);
    }

    @Test void truncatedNormalStaysInsideAndPassesKs() {
        Distribution.Normal n = new Distribution.Normal(0, 1, -0.5, 2);
        double[] s = draw(n, "truncated");
        for (double v : s) assertTrue(v >= -0.5 && v <= 2, "outside: " + v);
        double lo = Stats.normalCdf(-0.5), hi = Stats.normalCdf(2);
        double d = Stats.ks(s, x -> (Stats.normalCdf(x) - lo) / (hi - lo));
        assertTrue(d < Stats.ksCritical(N), "KS D = " + d);
        assertEquals(-0.5, n.min());
        assertEquals(2, n.max());
    }

    @Test void truncationFarFromTheMeanEndsByClamping() {
        Distribution.Normal n = new Distribution.Normal(0, 1, 10, 11);
        double[] s = draw(n, "far");
        for (double v : s) assertEquals(10, v, "a draw below the interval is clamped to min");
        assertEquals(s[0], n.sample(Seeds.derive(12345, 0, "far")));
    }

    @Test void zeroStdNormalIsItsMean() {
        Distribution.Normal n = new Distribution.Normal(3, 0);
        assertEquals(3, n.sample(Seeds.derive(1, 0, "x")));
        assertEquals(3, n.min());
        assertEquals(3, n.max());
    }

    /** 10 values, 9 degrees of freedom: chi-square critical value at 0.001 is 27.88. */
    @Test void intUniformHitsEveryValueEvenly() {
        Distribution d = new Distribution.IntUniform(-3, 6);
        RandomGenerator rng = Seeds.derive(12345, 0, "int");
        long[] counts = new long[10];
        for (int i = 0; i < N; i++) counts[d.sampleInt(rng) + 3]++;
        for (long c : counts) assertTrue(c > 0);
        double chi = Stats.chiSquareUniform(counts);
        assertTrue(chi < 27.88, "chi-square = " + chi);
    }

    /** 3 values, 2 degrees of freedom: chi-square critical value at 0.001 is 13.82. */
    @Test void choicePicksEachValueEvenly() {
        Distribution d = new Distribution.Choice(List.of(0.25, 4.0, 7.0));
        RandomGenerator rng = Seeds.derive(12345, 0, "choice");
        long[] counts = new long[3];
        for (int i = 0; i < N; i++) {
            double v = d.sample(rng);
            counts[v == 0.25 ? 0 : v == 4.0 ? 1 : 2]++;
        }
        assertTrue(Stats.chiSquareUniform(counts) < 13.82, "chi-square = " + Stats.chiSquareUniform(counts));
        assertEquals(0.25, d.min());
        assertEquals(7.0, d.max());
    }

    @Test void sameGeneratorStateSameValues() {
        Distribution d = new Distribution.Normal(0, 1, -1, 1);
        org.junit.jupiter.api.Assertions.assertArrayEquals(draw(d, "a"), draw(d, "a"));
        assertTrue(draw(d, "a")[0] != draw(d, "b")[0]);
    }

    @Test void integralness() {
        assertTrue(Distribution.constant(3).integral());
        assertTrue(!Distribution.constant(3.5).integral());
        assertTrue(new Distribution.Choice(List.of(1.0, 2.0)).integral());
        assertTrue(!new Distribution.Choice(List.of(1.0, 2.5)).integral());
        assertTrue(!new Distribution.Uniform(1, 1).integral());
        assertThrows(IllegalStateException.class, () -> new Distribution.Uniform(0, 1).sampleInt(Seeds.derive(1, 0, "x")));
    }

    @Test void rangeChecksTheWholeSupport() {
        Range unit = Range.closed(0, 1);
        unit.check("f", new Distribution.Uniform(0, 1));
        unit.check("f", new Distribution.Normal(0.5, 3, 0, 1));
        SpecViolation v = assertThrows(SpecViolation.class, () -> unit.check("f", new Distribution.Choice(List.of(0.5, 1.5))));
        assertEquals("f: must be 0..1, got choice [0.5, 1.5]", v.getMessage());
        Range.any().check("f", new Distribution.Normal(0, 1));
        assertEquals("must be > 0 and < 180", Range.open(0, 180).describe());
        assertEquals("must be >= 0", Range.nonNegative().describe());
    }

    @Test void invalidShapesAreRejectedWhenBuilt() {
        assertThrows(SpecViolation.class, () -> new Distribution.Uniform(2, 1));
        assertThrows(SpecViolation.class, () -> new Distribution.Normal(0, -1));
        assertThrows(SpecViolation.class, () -> new Distribution.Normal(0, 1, 2, 1));
        assertThrows(SpecViolation.class, () -> new Distribution.Choice(List.of()));
        assertThrows(SpecViolation.class, () -> new Distribution.IntUniform(0, 1L << 60));
        assertThrows(SpecViolation.class, () -> Distribution.constant(Double.NaN));
    }
}
