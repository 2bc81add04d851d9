package mirage.effects;

import java.util.ArrayList;
import java.util.List;
import mirage.core.error.MirageException;

/** Which frames a contact sheet shows: a list of indices and ranges, or a number of frames spread evenly. */
public final class FrameSelection {
    private FrameSelection() {
    }

    /**
     * Parses {@code "0-11"}, {@code "5"} or a comma-separated list of both ({@code "0-3,8,10-11"}): frame indices
     * in the order written, ranges inclusive and ascending, at most {@code max} in all.
     */
    public static List<Integer> parse(String text, int max) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-', 1);
            int from = index(dash < 0 ? p : p.substring(0, dash), text);
            int to = dash < 0 ? from : index(p.substring(dash + 1), text);
            if (to < from) throw new MirageException("--frames '" + text + "': range " + p + " runs backwards");
            if ((long) out.size() + to - from + 1 > max)
                throw new MirageException("--frames '" + text + "': more than " + max + " frames");
            for (int f = from; f <= to; f++) out.add(f);
        }
        return out;
    }

    private static int index(String s, String text) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MirageException("--frames '" + text + "': '" + s.strip() + "' is not a frame index (0, 1, 2, ...); "
                + "write indices and ranges like 0-11 or 0-3,8");
    }

    /**
     * {@code count} of the {@code available} frames (ascending), spread evenly: the k-th pick is
     * {@code available[floor(k n / count)]}, so the first frame is always shown; all of them when
     * {@code count >= n}.
     */
    public static List<Integer> spread(List<Integer> available, int count) {
        if (count < 1) throw new MirageException("--count must be at least 1: " + count);
        int n = available.size();
        if (count >= n) return List.copyOf(available);
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) out.add(available.get((int) ((long) k * n / count)));
        return out;
    }
}
