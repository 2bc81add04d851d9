package mirage.annotators.rle;

import java.util.List;
import java.util.Optional;
import mirage.annotators.mask.PixelBox;
import mirage.core.image.IdImage;

/**
 * COCO compressed RLE, bit-compatible with cocoapi {@code maskApi.c}. Counts are the run lengths of the mask
 * flattened column-major (linear index {@code t = col * height + row}), alternating and starting with zeros
 * ({@code counts[0]} may be 0); they sum to {@code height * width} and each is below 2^32.
 * Masks handed out by {@link #decode} are row-major, origin top-left, like {@link IdImage}.
 */
public final class CocoRle {
    private CocoRle() {
    }

    /** The RLE of the pixels whose id equals {@code id}, walking the id image column-major. */
    public static Rle encode(IdImage image, int id) {
        int w = image.width();
        int[] ids = image.ids();
        RunList runs = new RunList();
        boolean inside = false;
        long run = 0;
        for (int col = 0; col < w; col++) {
            for (int i = col; i < ids.length; i += w) {
                if ((ids[i] == id) != inside) {
                    runs.add(run);
                    run = 0;
                    inside = !inside;
                }
                run++;
            }
        }
        runs.add(run);
        return new Rle(image.height(), w, countsToString(runs.toArray()));
    }

    /**
     * The RLEs of instances {@code 1..instanceCount} in one column-major pass; element {@code k - 1} is instance
     * k (an all-zero RLE when it has no pixel).
     *
     * @throws IllegalArgumentException if a pixel holds an id outside {@code 0..instanceCount}
     */
    public static List<Rle> encodeAll(IdImage image, int instanceCount) {
        return MultiEncoder.encode(image, instanceCount);
    }

    /**
     * Encodes run lengths as a COCO counts string.
     *
     * @throws IllegalArgumentException if a count is outside {@code 0..2^32-1}
     */
    public static String countsToString(long[] counts) {
        return RleString.encode(counts);
    }

    /**
     * Decodes a COCO counts string into run lengths, without checking their sum.
     *
     * @throws IllegalArgumentException if a char is outside ASCII 48..111, the last char has the continuation
     *     bit, or a value is outside {@code 0..2^32-1}
     */
    public static long[] stringToCounts(String counts) {
        return RleString.decode(counts);
    }

    /**
     * The validated run lengths of {@code rle}: everything {@link #stringToCounts} checks, plus
     * {@code sum == height * width}.
     */
    public static long[] counts(Rle rle) {
        long[] counts = stringToCounts(rle.counts());
        long sum = 0;
        for (long c : counts) sum += c;
        if (sum != rle.pixelCount()) {
            throw new IllegalArgumentException("RLE counts sum to " + sum + " but size [" + rle.height() + ", "
                    + rle.width() + "] has " + rle.pixelCount() + " pixels");
        }
        return counts;
    }

    /** The mask of a valid RLE, row-major ({@code mask[row * width + col]}), origin top-left. */
    public static boolean[] decode(Rle rle) {
        long[] counts = counts(rle);
        if (rle.pixelCount() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("RLE of " + rle.pixelCount() + " pixels is too large to decode");
        }
        int h = rle.height();
        int w = rle.width();
        boolean[] mask = new boolean[h * w];
        int row = 0;
        int col = 0;
        for (int i = 0; i < counts.length; i++) {
            boolean value = (i & 1) == 1;
            for (long n = counts[i]; n > 0; n--) {
                if (value) mask[row * w + col] = true;
                if (++row == h) {
                    row = 0;
                    col++;
                }
            }
        }
        return mask;
    }

    /** Number of set pixels (cocoapi {@code rleArea}). */
    public static long area(Rle rle) {
        long[] counts = counts(rle);
        long area = 0;
        for (int i = 1; i < counts.length; i += 2) area += counts[i];
        return area;
    }

    /** Tight box of the set pixels (cocoapi {@code rleToBbox}), or empty for an all-zero mask. */
    public static Optional<PixelBox> bbox(Rle rle) {
        long[] counts = counts(rle);
        long h = rle.height();
        long minCol = Long.MAX_VALUE, maxCol = -1, minRow = Long.MAX_VALUE, maxRow = -1;
        long t = 0;
        for (int i = 0; i < counts.length; i++) {
            if ((i & 1) == 1 && counts[i] > 0) {
                long first = t, last = t + counts[i] - 1;
                minCol = Math.min(minCol, first / h);
                maxCol = Math.max(maxCol, last / h);
                boolean oneColumn = first / h == last / h;
                minRow = Math.min(minRow, oneColumn ? first % h : 0);
                maxRow = Math.max(maxRow, oneColumn ? last % h : h - 1);
            }
            t += counts[i];
        }
        if (maxCol < 0) return Optional.empty();
        return Optional.of(PixelBox.ofInclusive((int) minCol, (int) minRow, (int) maxCol, (int) maxRow));
    }
}
