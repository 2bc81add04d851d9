package mirage.annotators.rle;

import java.util.ArrayList;
import java.util.List;
import mirage.core.image.IdImage;

/** Test helpers: a naive reference for column-major runs, and mask/id-image conversions. */
final class Masks {
    private Masks() {
    }

    static IdImage idImage(int h, int w, boolean[] mask) {
        int[] ids = new int[h * w];
        for (int i = 0; i < ids.length; i++) ids[i] = mask[i] ? 1 : 0;
        return new IdImage(w, h, ids);
    }

    /** Row-major mask with the given (row, col) pixels set. */
    static boolean[] withPixels(int h, int w, int[]... rowCols) {
        boolean[] mask = new boolean[h * w];
        for (int[] rc : rowCols) mask[rc[0] * w + rc[1]] = true;
        return mask;
    }

    /** Row-major mask from column-major counts starting with zeros. */
    static boolean[] fromCounts(int h, int w, long... counts) {
        boolean[] mask = new boolean[h * w];
        long t = 0;
        for (int i = 0; i < counts.length; i++) {
            for (long n = 0; n < counts[i]; n++, t++) {
                if (i % 2 == 1) mask[(int) (t % h) * w + (int) (t / h)] = true;
            }
        }
        return mask;
    }

    /** Column-major counts of a row-major mask, computed the obvious way. */
    static long[] referenceCounts(int h, int w, boolean[] mask) {
        List<Long> counts = new ArrayList<>();
        boolean value = false;
        long run = 0;
        for (int col = 0; col < w; col++) {
            for (int row = 0; row < h; row++) {
                boolean v = mask[row * w + col];
                if (v != value) {
                    counts.add(run);
                    run = 0;
                    value = v;
                }
                run++;
            }
        }
        counts.add(run);
        return counts.stream().mapToLong(Long::longValue).toArray();
    }
}
