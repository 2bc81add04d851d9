package mirage.dataset;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The frames {@code --only} asks for: a comma list of indices and inclusive ranges, {@code 17,120-130}. Parsing
 * checks the syntax; {@link #checkWithin} checks the indices against the run's frame count. Immutable.
 */
public final class FrameSelection {
    /** One inclusive range of frame indices. */
    private record Range(int first, int last) {}

    private final String text;
    private final List<Range> ranges;

    private FrameSelection(String text, List<Range> ranges) {
        this.text = text;
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Parses {@code 17,120-130}: indices and ranges {@code a-b} with a &lt;= b, separated by commas.
     *
     * @throws IllegalArgumentException saying what is wrong with which item
     */
    public static FrameSelection parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String t = item.strip();
            if (!t.matches("[0-9]{1,9}(-[0-9]{1,9})?"))
                throw new IllegalArgumentException("'" + t + "' is not a frame index or a range like 120-130 (in '" + text + "')");
            int dash = t.indexOf('-');
            int first = Integer.parseInt(dash < 0 ? t : t.substring(0, dash));
            int last = dash < 0 ? first : Integer.parseInt(t.substring(dash + 1));
            if (last < first) throw new IllegalArgumentException("range " + t + " ends before it starts (in '" + text + "')");
            ranges.add(new Range(first, last));
        }
        return new FrameSelection(text, ranges);
    }

    /**
     * Refuses an index outside the run's frames.
     *
     * @throws IllegalArgumentException naming the first such index
     */
    public void checkWithin(int frames) {
        for (Range r : ranges)
            if (r.last() >= frames)
                throw new IllegalArgumentException("frame " + r.last() + " is outside the run's frames 0.."
                        + (frames - 1) + " (in '" + text + "')");
    }

    /** The selected frames of a run of {@code frames} frames (indices past it are left out). */
    public BitSet frames(int frames) {
        BitSet set = new BitSet(frames);
        for (Range r : ranges) if (r.first() < frames) set.set(r.first(), Math.min(r.last(), frames - 1) + 1);
        return set;
    }

    /**
     * The indices in the order written (each range ascending), for showing frames in a chosen order.
     *
     * @throws IllegalArgumentException when they are more than {@code max}
     */
    public List<Integer> inOrder(int max) {
        long n = ranges.stream().mapToLong(r -> (long) r.last() - r.first() + 1).sum();
        if (n > max) throw new IllegalArgumentException("more than " + max + " frames");
        List<Integer> out = new ArrayList<>((int) n);
        for (Range r : ranges) for (int f = r.first(); f <= r.last(); f++) out.add(f);
        return out;
    }

    @Override public String toString() {
        return text;
    }
}
