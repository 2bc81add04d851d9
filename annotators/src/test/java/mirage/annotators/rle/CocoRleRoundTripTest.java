package mirage.annotators.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mirage.annotators.mask.PixelBox;
import mirage.core.image.IdImage;
import org.junit.jupiter.api.Test;

/** Property tests with a fixed seed: encode, string codec, decode, area and bbox agree with naive references. */
class CocoRleRoundTripTest {
    private static final long SEED = 20240611L;

    @Test
    void randomMasksRoundTrip() {
        Random rnd = new Random(SEED);
        for (int trial = 0; trial < 400; trial++) {
            int h = 1 + rnd.nextInt(trial < 300 ? 20 : 300);
            int w = 1 + rnd.nextInt(trial < 300 ? 20 : 300);
            checkRoundTrip(h, w, randomMask(rnd, h, w, trial % 6));
        }
    }

    @Test
    void specialMasksRoundTrip() {
        int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {2, 3}, {300, 257}, {256, 300}};
        for (int[] s : sizes) {
            int h = s[0], w = s[1], n = h * w;
            checkRoundTrip(h, w, new boolean[n]);
            boolean[] ones = new boolean[n];
            Arrays.fill(ones, true);
            checkRoundTrip(h, w, ones);
            for (int i : new int[] {0, n - 1, n / 2, h - 1, Math.min(h, n - 1)}) {
                boolean[] single = new boolean[n];
                single[i] = true;
                checkRoundTrip(h, w, single);
                boolean[] hole = ones.clone();
                hole[i] = false;
                checkRoundTrip(h, w, hole);
            }
        }
    }

    @Test
    void encodeAllMatchesEncodePerInstance() {
        Random rnd = new Random(SEED + 1);
        for (int trial = 0; trial < 100; trial++) {
            int h = 1 + rnd.nextInt(60), w = 1 + rnd.nextInt(60), n = rnd.nextInt(8);
            int[] ids = new int[h * w];
            int id = 0;
            for (int i = 0; i < ids.length; i++) {
                if (rnd.nextInt(5) == 0) id = rnd.nextInt(n + 1);
                ids[i] = id;
            }
            IdImage image = new IdImage(w, h, ids);
            List<Rle> all = CocoRle.encodeAll(image, n);
            assertEquals(n, all.size());
            for (int k = 1; k <= n; k++) assertEquals(CocoRle.encode(image, k), all.get(k - 1), "instance " + k);
        }
    }

    @Test
    void randomCountsRoundTripThroughStringIncludingValuesNear2To32() {
        Random rnd = new Random(SEED + 2);
        long max = (1L << 32) - 1;
        for (int trial = 0; trial < 2000; trial++) {
            long[] counts = new long[rnd.nextInt(12)];
            for (int i = 0; i < counts.length; i++) {
                switch (rnd.nextInt(4)) {
                    case 0 -> counts[i] = rnd.nextInt(3);
                    case 1 -> counts[i] = rnd.nextInt(100_000);
                    case 2 -> counts[i] = max - rnd.nextInt(3);
                    default -> counts[i] = (rnd.nextLong() >>> 1) % (max + 1);
                }
            }
            assertArrayEquals(counts, CocoRle.stringToCounts(CocoRle.countsToString(counts)),
                    Arrays.toString(counts));
        }
    }

    private static boolean[] randomMask(Random rnd, int h, int w, int kind) {
        boolean[] mask = new boolean[h * w];
        switch (kind) {
            case 0 -> { // salt and pepper
                for (int i = 0; i < mask.length; i++) mask[i] = rnd.nextBoolean();
            }
            case 1 -> { // long runs in row-major order
                boolean v = rnd.nextBoolean();
                for (int i = 0; i < mask.length; i++) {
                    if (rnd.nextInt(200) == 0) v = !v;
                    mask[i] = v;
                }
            }
            case 2 -> { // a few rectangles
                for (int r = 0; r < 3; r++) {
                    int x0 = rnd.nextInt(w), y0 = rnd.nextInt(h);
                    int x1 = x0 + rnd.nextInt(w - x0), y1 = y0 + rnd.nextInt(h - y0);
                    for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) mask[y * w + x] = true;
                }
            }
            case 3 -> { // sparse pixels
                for (int i = 0; i < 3; i++) mask[rnd.nextInt(mask.length)] = true;
            }
            case 4 -> { // dense with sparse holes
                Arrays.fill(mask, true);
                for (int i = 0; i < 3; i++) mask[rnd.nextInt(mask.length)] = false;
            }
            default -> { // long runs in column-major order
                boolean v = rnd.nextBoolean();
                for (int x = 0; x < w; x++) {
                    for (int y = 0; y < h; y++) {
                        if (rnd.nextInt(Math.max(2, h)) == 0) v = !v;
                        mask[y * w + x] = v;
                    }
                }
            }
        }
        return mask;
    }

    private static void checkRoundTrip(int h, int w, boolean[] mask) {
        String what = h + "x" + w;
        Rle rle = CocoRle.encode(Masks.idImage(h, w, mask), 1);
        assertEquals(h, rle.height());
        assertEquals(w, rle.width());
        long[] expected = Masks.referenceCounts(h, w, mask);
        assertArrayEquals(expected, CocoRle.counts(rle), what);
        assertEquals(CocoRle.countsToString(expected), rle.counts(), what);
        assertArrayEquals(mask, CocoRle.decode(rle), what);
        assertEquals(referenceArea(mask), CocoRle.area(rle), what);
        assertEquals(referenceBox(h, w, mask), CocoRle.bbox(rle), what);
    }

    private static long referenceArea(boolean[] mask) {
        long n = 0;
        for (boolean b : mask) if (b) n++;
        return n;
    }

    private static Optional<PixelBox> referenceBox(int h, int w, boolean[] mask) {
        List<int[]> set = new ArrayList<>();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (mask[y * w + x]) set.add(new int[] {x, y});
        if (set.isEmpty()) return Optional.empty();
        int x0 = set.stream().mapToInt(p -> p[0]).min().getAsInt();
        int x1 = set.stream().mapToInt(p -> p[0]).max().getAsInt();
        int y0 = set.stream().mapToInt(p -> p[1]).min().getAsInt();
        int y1 = set.stream().mapToInt(p -> p[1]).max().getAsInt();
        return Optional.of(PixelBox.ofInclusive(x0, y0, x1, y1));
    }
}
