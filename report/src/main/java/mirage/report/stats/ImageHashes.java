package mirage.report.stats;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds images whose files are byte-identical: each image file's SHA-256, cut to its first 8 bytes, is kept as a
 * long in frame order (a chance collision among a million images is about 3e-8). Memory: 8 bytes per frame during
 * the scan, 8 more while {@link #result} sorts a copy, and one bit per frame index; at most {@link #MAX_FRAMES}
 * frames are hashed (64 MiB at the end), the rest are counted as not checked.
 */
public final class ImageHashes {
    public static final int MAX_FRAMES = 1 << 22;
    /** Groups of identical images named in the result, and frames named per group. */
    public static final int EXAMPLES = 5;

    private final int maxFrames;
    private final MessageDigest sha256;
    private final byte[] buffer = new byte[1 << 16];
    private final BitSet frames = new BitSet();
    private long[] hashes = new long[1024];
    private int n;
    private long notChecked;

    public ImageHashes() {
        this(MAX_FRAMES);
    }

    /** Hashes at most {@code maxFrames} images. */
    public ImageHashes(int maxFrames) {
        this.maxFrames = maxFrames;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Hashes frame {@code frame}'s image file; frames come in ascending order. */
    public void add(int frame, InputStream image) throws IOException {
        if (n == maxFrames) {
            notChecked++;
            return;
        }
        for (int r; (r = image.read(buffer)) > 0; ) sha256.update(buffer, 0, r);
        byte[] d = sha256.digest();
        long h = 0;
        for (int i = 0; i < 8; i++) h = h << 8 | (d[i] & 0xff);
        if (n == hashes.length) hashes = Arrays.copyOf(hashes, Math.min(maxFrames, n * 2));
        hashes[n++] = h;
        frames.set(frame);
    }

    /**
     * The images that repeat an earlier one, and up to {@link #EXAMPLES} groups of identical images (the groups
     * with the smallest hashes, ordered by their first frame; up to {@link #EXAMPLES} frame indices each).
     */
    public Duplicates result() {
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        long repeats = 0;
        List<Long> shown = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (sorted[i] != sorted[i - 1]) continue;
            repeats++;
            if (shown.size() < EXAMPLES && (shown.isEmpty() || shown.get(shown.size() - 1) != sorted[i])) shown.add(sorted[i]);
        }
        return new Duplicates(n, notChecked, repeats, examples(shown));
    }

    /** The frames of the groups with the given hashes, in frame order, at most EXAMPLES groups. */
    private List<List<Integer>> examples(List<Long> groupHashes) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        int frame = -1;
        for (int i = 0; i < n; i++) {
            frame = frames.nextSetBit(frame + 1);
            int g = order.indexOf(hashes[i]);
            if (g < 0 && groupHashes.contains(hashes[i])) {
                order.add(hashes[i]);
                groups.add(new ArrayList<>());
                g = order.size() - 1;
            }
            if (g >= 0 && groups.get(g).size() < EXAMPLES) groups.get(g).add(frame);
        }
        return groups;
    }

    /**
     * @param checked images hashed
     * @param notChecked images beyond {@link #MAX_FRAMES}, not hashed
     * @param repeats images identical to an earlier one ({@code checked} minus the distinct images)
     * @param examples some groups of identical images, frame indices
     */
    public record Duplicates(long checked, long notChecked, long repeats, List<List<Integer>> examples) {}
}
