package mirage.report.stats;

/**
 * Picks up to {@code count} frames spread evenly over the frame range {@code [first, end)} while the records stream
 * by in frame order, without a list of the frames: target k is {@code first + floor(k (end - first) / count)}, and
 * each target takes the first record at or after it that no earlier target took. With every record present the
 * picks are exactly the targets; the first frame is always one.
 */
final class SamplePicker {
    private final long first;
    private final long span;
    private final int count;
    private int next;

    SamplePicker(int first, int end, int count) {
        this.first = first;
        this.span = Math.max(0, (long) end - first);
        this.count = span == 0 ? 0 : count;
    }

    /** Whether the record of {@code frame} (frames ascending) is a pick. */
    boolean take(int frame) {
        if (next >= count || frame < target(next)) return false;
        while (next < count && target(next) <= frame) next++;
        return true;
    }

    private long target(int k) {
        return first + k * span / count;
    }
}
