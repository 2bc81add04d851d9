package mirage.report.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each value occurred, for at most {@code limit} distinct values (in their natural order); occurrences of
 * further values are counted together in {@link #other}, so memory stays bounded whatever the data.
 */
public final class ValueCounts<K extends Comparable<K>> {
    private final int limit;
    private final TreeMap<K, Long> counts = new TreeMap<>();
    private long other;
    private long total;

    public ValueCounts(int limit) {
        this.limit = limit;
    }

    public void add(K value) {
        add(value, 1);
    }

    public void add(K value, long n) {
        total += n;
        Long c = counts.get(value);
        if (c != null) counts.put(value, c + n);
        else if (counts.size() < limit) counts.put(value, n);
        else other += n;
    }

    /** The values kept and their counts, in the values' order. */
    public Map<K, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Occurrences of values beyond the first {@code limit} distinct ones. */
    public long other() {
        return other;
    }

    /** Whether some values were not kept apart. */
    public boolean overflowed() {
        return other > 0;
    }

    public long total() {
        return total;
    }

    public int limit() {
        return limit;
    }
}
