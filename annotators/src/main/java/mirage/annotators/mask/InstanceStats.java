package mirage.annotators.mask;

import java.util.Arrays;
import java.util.Optional;
import mirage.core.image.IdImage;

/**
 * Visible pixel count and tight {@link PixelBox} of every instance 1..N of an id image, from one row-major pass.
 * Id 0 is background; any id outside {@code 0..N} is rejected. An instance with no visible pixel has count 0
 * and no box.
 */
public final class InstanceStats {
    private final int instanceCount;
    private final int[] pixels;
    private final int[] minCol;
    private final int[] minRow;
    private final int[] maxCol;
    private final int[] maxRow;

    private InstanceStats(int instanceCount) {
        this.instanceCount = instanceCount;
        int n = instanceCount + 1;
        pixels = new int[n];
        minCol = new int[n];
        minRow = new int[n];
        maxCol = new int[n];
        maxRow = new int[n];
        Arrays.fill(minCol, Integer.MAX_VALUE);
    }

    /**
     * Computes the statistics of instances {@code 1..instanceCount}.
     *
     * @throws IllegalArgumentException if {@code instanceCount < 0} or a pixel holds an id outside
     *     {@code 0..instanceCount} (the message names the id and the pixel)
     */
    public static InstanceStats of(IdImage image, int instanceCount) {
        if (instanceCount < 0) throw new IllegalArgumentException("instance count must be >= 0: " + instanceCount);
        InstanceStats s = new InstanceStats(instanceCount);
        int w = image.width();
        int[] ids = image.ids();
        for (int row = 0, i = 0; row < image.height(); row++) {
            for (int col = 0; col < w; col++, i++) {
                int id = ids[i];
                if (id != 0) s.add(id, col, row);
            }
        }
        return s;
    }

    private void add(int id, int col, int row) {
        if (id < 0 || id > instanceCount) {
            throw new IllegalArgumentException("id " + id + " at (x=" + col + ", y=" + row
                    + ") is outside 0.." + instanceCount);
        }
        if (pixels[id]++ == 0) minRow[id] = row;
        maxRow[id] = row;
        if (col < minCol[id]) minCol[id] = col;
        if (col > maxCol[id]) maxCol[id] = col;
    }

    /** N, the number of instances described (ids 1..N). */
    public int instanceCount() {
        return instanceCount;
    }

    /** Number of pixels whose id is {@code k}. */
    public long pixelCount(int k) {
        return pixels[checkIndex(k)];
    }

    /** Tight box of instance {@code k}, or empty when it has no visible pixel. */
    public Optional<PixelBox> box(int k) {
        checkIndex(k);
        if (pixels[k] == 0) return Optional.empty();
        return Optional.of(PixelBox.ofInclusive(minCol[k], minRow[k], maxCol[k], maxRow[k]));
    }

    /** Number of instances with at least one visible pixel. */
    public int visibleCount() {
        int visible = 0;
        for (int k = 1; k <= instanceCount; k++) if (pixels[k] > 0) visible++;
        return visible;
    }

    private int checkIndex(int k) {
        if (k < 1 || k > instanceCount) {
            throw new IndexOutOfBoundsException("instance index " + k + " outside 1.." + instanceCount);
        }
        return k;
    }
}
