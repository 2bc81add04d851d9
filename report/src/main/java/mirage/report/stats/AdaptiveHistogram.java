package mirage.report.stats;

/**
 * Exact counts of values whose range is not known up front, in one pass and fixed memory: at most
 * {@link #MAX_BINS} bins of width {@code w = 2^e}, aligned to multiples of the width (bin k holds
 * {@code k w <= v < (k + 1) w}). The width is the smallest power of two (not below {@code 2^minExponent}) for
 * which every value seen fits in {@link #MAX_BINS} bins and each bin number stays exact in a double; when a value
 * does not fit, the width doubles and neighbouring bins merge, which loses no count. The result does not depend on
 * the order of the values. Two histograms re-bin exactly onto the coarser one's grid ({@link #countsOn}), so variants
 * of a sweep can share an axis. Non-finite values are not counted.
 */
public final class AdaptiveHistogram {
    /** Most bins kept. */
    public static final int MAX_BINS = 32;
    /** The smallest exponent: no limit on how narrow bins get. */
    public static final int ANY_WIDTH = Double.MIN_EXPONENT - 52;
    private static final int MANTISSA_BITS = 52;

    private final int minExponent;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private int e;
    private long firstKey;           // bin number of counts[0]
    private long[] counts;           // null while every value seen is the same

    /** @param minExponent the narrowest bins are {@code 2^minExponent} wide (0 for integer-valued data) */
    public AdaptiveHistogram(int minExponent) {
        this.minExponent = minExponent;
    }

    public void add(double v) {
        if (!Double.isFinite(v)) return;
        count++;
        sum += v;
        double before = min;   // while constant, every earlier value
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (counts == null) {
            if (min == max) return;
            e = fittingExponent(min, max, minExponent);
            counts = new long[MAX_BINS];
            firstKey = key(min, e);
            counts[(int) (key(before, e) - firstKey)] += count - 1;
            counts[(int) (key(v, e) - firstKey)]++;
            return;
        }
        int needed = fittingExponent(min, max, e);
        while (e < needed) halve();
        long k = key(v, e);
        if (k < firstKey || k >= firstKey + MAX_BINS) rebase(key(min, e));
        counts[(int) (key(v, e) - firstKey)]++;
    }

    /** The smallest exponent {@code >= from} at which {@code lo..hi} spans fewer than MAX_BINS exact bins. */
    static int fittingExponent(double lo, double hi, int from) {
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        int e = Math.max(from, magnitude == 0 ? from : Math.getExponent(magnitude) - MANTISSA_BITS);
        while (key(hi, e) - key(lo, e) >= MAX_BINS) e++;
        return e;
    }

    /** The number of the bin of width 2^e holding v. */
    static long key(double v, int e) {
        return (long) Math.floor(Math.scalb(v, -e));
    }

    private void halve() {
        long[] merged = new long[MAX_BINS];
        long newFirst = firstKey >> 1;
        for (int i = 0; i < MAX_BINS; i++) {
            if (counts[i] != 0) merged[(int) (((firstKey + i) >> 1) - newFirst)] += counts[i];
        }
        counts = merged;
        firstKey = newFirst;
        e++;
    }

    private void rebase(long newFirst) {
        long[] moved = new long[MAX_BINS];
        for (int i = 0; i < MAX_BINS; i++) {
            if (counts[i] != 0) moved[(int) (firstKey + i - newFirst)] = counts[i];
        }
        counts = moved;
        firstKey = newFirst;
    }

    public long count() {
        return count;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Whether every value counted is the same (or none was counted): then there are no bins. */
    public boolean isConstant() {
        return counts == null;
    }

    /** The bins' exponent: they are {@code 2^exponent()} wide. Only when not {@link #isConstant()}. */
    public int exponent() {
        return e;
    }

    /**
     * Bins on a chart: {@code n} bins of width {@code 2^exponent}, numbered {@code from .. from + n - 1} (bin k
     * covers {@code [k 2^exponent, (k + 1) 2^exponent)}).
     */
    public record Axis(int exponent, long from, int n) {
        public double width() {
            return Math.scalb(1.0, exponent);
        }

        /** The lower edge of the i-th bin on the axis. */
        public double edge(int i) {
            return Math.scalb((double) (from + i), exponent);
        }
    }

    /**
     * The finest axis onto which every histogram given re-bins exactly within {@link #MAX_BINS} bins: its width is
     * the widest of theirs, or wider when their values together span more; it runs from the lowest to the highest
     * value seen. Histograms without values add nothing; with none at all, one empty bin at 0.
     */
    public static Axis axis(Iterable<AdaptiveHistogram> all) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int e = Integer.MIN_VALUE;
        for (AdaptiveHistogram h : all) {
            if (h.count == 0) continue;
            lo = Math.min(lo, h.min);
            hi = Math.max(hi, h.max);
            e = Math.max(e, h.counts == null ? h.minExponent : h.e);
        }
        if (e == Integer.MIN_VALUE) return new Axis(0, 0, 1);
        e = fittingExponent(lo, hi, e);
        return new Axis(e, key(lo, e), (int) (key(hi, e) - key(lo, e) + 1));
    }

    /** The counts on {@code axis} (one of {@link #axis}'s answers for a set holding this histogram); exact. */
    public long[] countsOn(Axis axis) {
        int exponent = axis.exponent();
        if (counts != null && exponent < e)
            throw new IllegalArgumentException("cannot re-bin 2^" + e + " bins onto finer 2^" + exponent + " bins");
        long[] out = new long[axis.n()];
        if (count == 0) return out;
        if (counts == null) {
            put(out, key(min, exponent) - axis.from(), count);
            return out;
        }
        for (int i = 0; i < MAX_BINS; i++) {
            if (counts[i] != 0) put(out, ((firstKey + i) >> Math.min(63, exponent - e)) - axis.from(), counts[i]);
        }
        return out;
    }

    private static void put(long[] out, long index, long c) {
        if (index < 0 || index >= out.length) throw new IllegalArgumentException("bin " + index + " outside 0.." + (out.length - 1));
        out[(int) index] += c;
    }
}
