package mirage.cli.bench;

import java.util.Arrays;
import java.util.List;

/** Per-frame durations of one stage, in nanoseconds, summarised by their median. */
final class Samples {
    private long[] values = new long[64];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    synchronized double medianMillis() {
        if (size == 0) return 0;
        long[] v = Arrays.copyOf(values, size);
        Arrays.sort(v);
        return v[size / 2] / 1e6;
    }

    /** The median of {@code values} (the mean of the middle two for an even count); 0 when empty. */
    static double median(List<Double> values) {
        if (values.isEmpty()) return 0;
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The smallest of {@code values} (a bench's spread over rounds); 0 when empty, as {@link #median}. */
    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** The largest of {@code values}; 0 when empty. */
    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
