package mirage.dataset;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Runs of frame indices written for people: {@code 0-249, 300, 410-411}. */
public final class FrameRanges {
    /** Most runs listed before "and N more". */
    static final int LISTED = 10;

    private FrameRanges() {}

    /** {@code frames a-b} for the frames {@code first .. end - 1}, {@code frame a} for one, {@code no frames} for none. */
    public static String describe(int first, int end) {
        if (end <= first) return "no frames";
        return end - first == 1 ? "frame " + first : "frames " + first + "-" + (end - 1);
    }

    /** The set bits of {@code frames} as runs, at most {@link #LISTED} of them, then how many more. */
    public static String list(BitSet frames) {
        List<String> runs = new ArrayList<>();
        int more = 0;
        for (int a = frames.nextSetBit(0); a >= 0; ) {
            int b = frames.nextClearBit(a);
            if (runs.size() < LISTED) runs.add(b - a == 1 ? Integer.toString(a) : a + "-" + (b - 1));
            else more++;
            a = frames.nextSetBit(b);
        }
        return String.join(", ", runs) + (more > 0 ? " and " + more + " more runs" : "");
    }
}
