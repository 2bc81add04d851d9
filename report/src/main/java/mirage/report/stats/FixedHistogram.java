package mirage.report.stats;

/**
 * Counts of values in equal bins over a range known up front: {@code bins} bins over {@code [lo, hi]}, bin i
 * holding {@code lo + i w <= v < lo + (i + 1) w} and the last bin also {@code hi}; values outside are counted
 * apart ({@link #below}, {@link #above}), NaN is not counted.
 */
public final class FixedHistogram {
    private final double lo;
    private final double hi;
    private final long[] counts;
    private long below;
    private long above;

    /** Equal bins over {@code [lo, hi]}. */
    public FixedHistogram(double lo, double hi, int bins) {
        if (!(lo < hi) || bins < 1) throw new IllegalArgumentException("bad histogram range " + lo + ".." + hi + " / " + bins);
        this.lo = lo;
        this.hi = hi;
        this.counts = new long[bins];
    }

    public void add(double v) {
        if (Double.isNaN(v)) return;
        if (v < lo) below++;
        else if (v > hi) above++;
        else counts[Math.min(counts.length - 1, (int) ((v - lo) / (hi - lo) * counts.length))]++;
    }

    /** log2 of v > 0, exact for powers of two (so a value on a bin edge falls in the bin it starts). */
    public static double log2(double v) {
        return v == Math.scalb(1.0, Math.getExponent(v)) ? Math.getExponent(v) : Math.log(v) / Math.log(2);
    }

    /** The counts per bin (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** The bins' {@code n + 1} edges. */
    public double[] edges() {
        double[] e = new double[counts.length + 1];
        for (int i = 0; i <= counts.length; i++) e[i] = i == counts.length ? hi : lo + (hi - lo) * i / counts.length;
        return e;
    }

    public long below() {
        return below;
    }

    public long above() {
        return above;
    }

    /** Values counted: in a bin, below or above. */
    public long total() {
        long t = below + above;
        for (long c : counts) t += c;
        return t;
    }
}
