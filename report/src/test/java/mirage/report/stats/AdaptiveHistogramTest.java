package mirage.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The adaptive histogram against a brute force over the raw values: its width is the smallest power of two that
 * fits every value in 32 exact bins, each bin's count is the number of values v with floor(v / w) = k, and neither
 * depends on the order the values came in.
 */
class AdaptiveHistogramTest {
    /** Values of several shapes: wide, narrow, far from 0, negative, integers, outliers. */
    static List<Double> values(Random r, int kind, int n) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(switch (kind) {
                case 0 -> r.nextDouble() * 10 - 3;
                case 1 -> 1e6 + r.nextGaussian() * 1e-6;
                case 2 -> -r.nextDouble() * 1e-9;
                case 3 -> (double) r.nextInt(7);
                case 4 -> r.nextDouble() < 0.01 ? 1e4 * r.nextGaussian() : r.nextGaussian();
                default -> Math.exp(r.nextGaussian() * 3);
            });
        }
        return v;
    }

    /** The smallest e >= minExponent with every bin number exact and floor(max / 2^e) - floor(min / 2^e) < 32. */
    static int smallestFeasible(List<Double> values, int minExponent) {
        double lo = Collections.min(values);
        double hi = Collections.max(values);
        for (int e = Math.max(minExponent, -1074); ; e++) {
            double w = Math.pow(2, e);
            boolean exact = Math.max(Math.abs(lo), Math.abs(hi)) / w < Math.pow(2, 53);
            if (exact && Math.floor(hi / w) - Math.floor(lo / w) < AdaptiveHistogram.MAX_BINS) return e;
        }
    }

    static long[] bruteForce(List<Double> values, AdaptiveHistogram.Axis axis) {
        long[] out = new long[axis.n()];
        double w = Math.pow(2, axis.exponent());
        for (double v : values) out[(int) ((long) Math.floor(v / w) - axis.from())]++;
        return out;
    }

    static AdaptiveHistogram of(List<Double> values, int minExponent) {
        AdaptiveHistogram h = new AdaptiveHistogram(minExponent);
        values.forEach(h::add);
        return h;
    }

    @Test
    void binsAreTheSmallestFittingPowerOfTwoAndCountsAreExactWhateverTheOrder() {
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(seed);
            int kind = seed % 6;
            int min = kind == 3 ? 0 : AdaptiveHistogram.ANY_WIDTH;
            List<Double> values = values(r, kind, 2 + r.nextInt(3000));
            AdaptiveHistogram h = of(values, min);
            AdaptiveHistogram.Axis axis = AdaptiveHistogram.axis(List.of(h));
            String where = "seed " + seed + ", kind " + kind;
            assertEquals(smallestFeasible(values, min), h.exponent(), where);
            assertEquals(h.exponent(), axis.exponent(), where);
            assertTrue(axis.n() <= AdaptiveHistogram.MAX_BINS, where);
            assertArrayEquals(bruteForce(values, axis), h.countsOn(axis), where);
            assertEquals(values.size(), h.count(), where);
            assertEquals(Collections.min(values), h.min(), where);
            assertEquals(Collections.max(values), h.max(), where);
            Collections.shuffle(values, r);
            AdaptiveHistogram shuffled = of(values, min);
            assertEquals(h.exponent(), shuffled.exponent(), where);
            assertArrayEquals(h.countsOn(axis), shuffled.countsOn(axis), where);
        }
    }

    @Test
    void histogramsOfDifferentRangesRebinExactlyOntoOneSharedAxis() {
        Random r = new Random(5);
        List<Double> a = values(r, 0, 500);
        List<Double> b = new ArrayList<>();
        for (double v : values(r, 0, 300)) b.add(v * 0.01 + 40);   // narrower bins, far away
        AdaptiveHistogram ha = of(a, AdaptiveHistogram.ANY_WIDTH);
        AdaptiveHistogram hb = of(b, AdaptiveHistogram.ANY_WIDTH);
        assertTrue(hb.exponent() < ha.exponent(), "b alone has finer bins");
        AdaptiveHistogram.Axis shared = AdaptiveHistogram.axis(List.of(ha, hb));
        List<Double> both = new ArrayList<>(a);
        both.addAll(b);
        assertEquals(smallestFeasible(both, AdaptiveHistogram.ANY_WIDTH), shared.exponent());
        assertArrayEquals(bruteForce(a, shared), ha.countsOn(shared));
        assertArrayEquals(bruteForce(b, shared), hb.countsOn(shared));
    }

    @Test
    void integerValuedDataKeepsBinsAtLeastOneWide() {
        AdaptiveHistogram h = of(List.of(3.0, 4.0, 4.0, 6.0), 0);
        AdaptiveHistogram.Axis axis = AdaptiveHistogram.axis(List.of(h));
        assertEquals(new AdaptiveHistogram.Axis(0, 3, 4), axis);
        assertArrayEquals(new long[] {1, 2, 0, 1}, h.countsOn(axis));
        assertEquals(3.0, axis.edge(0));
        assertEquals(4.25, h.mean());
    }

    @Test
    void oneRepeatedValueIsConstantAndNoneGivesAnEmptyBin() {
        AdaptiveHistogram h = of(List.of(2.5, 2.5, 2.5), AdaptiveHistogram.ANY_WIDTH);
        assertTrue(h.isConstant());
        AdaptiveHistogram.Axis axis = AdaptiveHistogram.axis(List.of(h));
        assertEquals(1, axis.n());
        assertArrayEquals(new long[] {3}, h.countsOn(axis));
        assertTrue(axis.edge(0) <= 2.5 && 2.5 < axis.edge(1));
        AdaptiveHistogram empty = new AdaptiveHistogram(0);
        empty.add(Double.NaN);
        empty.add(Double.POSITIVE_INFINITY);
        assertEquals(0, empty.count());
        assertEquals(new AdaptiveHistogram.Axis(0, 0, 1), AdaptiveHistogram.axis(List.of(empty)));
    }
}
