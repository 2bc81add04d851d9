package mirage.annotators.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;

/** The known-answer vectors of coco.md section 7 (generated with cocoapi maskApi.c). */
class CocoRleKnownAnswerTest {

    private static void check(int h, int w, boolean[] mask, long[] counts, String string, long area,
            PixelBox bbox) {
        Rle rle = CocoRle.encode(Masks.idImage(h, w, mask), 1);
        assertEquals(new Rle(h, w, string), rle);
        assertArrayEquals(counts, CocoRle.stringToCounts(string));
        assertArrayEquals(counts, CocoRle.counts(rle));
        assertEquals(string, CocoRle.countsToString(counts));
        assertArrayEquals(mask, CocoRle.decode(rle));
        assertEquals(area, CocoRle.area(rle));
        assertEquals(Optional.ofNullable(bbox), CocoRle.bbox(rle));
        assertEquals(rle, CocoRle.encodeAll(Masks.idImage(h, w, mask), 1).get(0));
    }

    @Test
    void singlePixelInSmallImage() {
        check(3, 2, Masks.withPixels(3, 2, new int[] {1, 1}), new long[] {4, 1, 1}, "411", 1,
                new PixelBox(1, 1, 1, 1));
    }

    @Test
    void allButLastPixel() {
        boolean[] mask = new boolean[6];
        java.util.Arrays.fill(mask, true);
        mask[2 * 2 + 1] = false;
        check(3, 2, mask, new long[] {0, 5, 1}, "051", 5, new PixelBox(0, 0, 2, 3));
    }

    @Test
    void firstPixelOnly() {
        check(4, 4, Masks.withPixels(4, 4, new int[] {0, 0}), new long[] {0, 1, 15}, "01?", 1,
                new PixelBox(0, 0, 1, 1));
    }

    @Test
    void blockWithHole() {
        boolean[] mask = new boolean[16];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) mask[r * 4 + c] = r != 1 || c != 1;
        check(4, 4, mask, new long[] {0, 3, 1, 1, 1, 1, 1, 3, 5}, "031N00024", 8, new PixelBox(0, 0, 3, 3));
    }

    @Test
    void allZero() {
        check(480, 640, new boolean[480 * 640], new long[] {307200}, "PP\\9", 0, null);
    }

    @Test
    void allOne() {
        boolean[] mask = new boolean[480 * 640];
        java.util.Arrays.fill(mask, true);
        check(480, 640, mask, new long[] {0, 307200}, "0PP\\9", 307200, new PixelBox(0, 0, 640, 480));
    }

    @Test
    void rectangle() {
        boolean[] mask = new boolean[480 * 640];
        for (int r = 100; r <= 199; r++) for (int c = 200; c <= 299; c++) mask[r * 640 + c] = true;
        long[] counts = new long[201];
        counts[0] = 96100;
        for (int i = 1; i < 200; i++) counts[i] = i % 2 == 1 ? 100 : 380;
        counts[200] = 163480;
        check(480, 640, mask, counts, "Tkm2T3l;" + "0".repeat(197) + "lXo4", 10000,
                new PixelBox(200, 100, 100, 100));
    }

    @Test
    void columnWithGap() {
        boolean[] mask = new boolean[1000 * 1000];
        for (int r = 0; r <= 207; r++) mask[r * 1000 + 100] = r <= 4 || r >= 8;
        check(1000, 1000, mask, new long[] {100000, 5, 3, 200, 899792}, "PeQ353S6]f^k0", 205,
                new PixelBox(100, 0, 1, 208));
    }

    @Test
    void mixedRuns() {
        long[] counts = {10, 1000, 5, 3, 69080, 2};
        check(100, 701, Masks.fromCounts(100, 701, counts), counts, ":Xo05kPOc^S2O", 1005,
                new PixelBox(0, 0, 701, 100));
    }

    @Test
    void stringLayerVectors() {
        assertEquals("PeQ353S6N", CocoRle.countsToString(new long[] {100000, 5, 3, 200, 1}));
        assertArrayEquals(new long[] {100000, 5, 3, 200, 1}, CocoRle.stringToCounts("PeQ353S6N"));
        assertEquals(":Xo05kPO[[T2O", CocoRle.countsToString(new long[] {10, 1000, 5, 3, 70000, 2}));
        assertArrayEquals(new long[] {10, 1000, 5, 3, 70000, 2}, CocoRle.stringToCounts(":Xo05kPO[[T2O"));
    }

    @Test
    void workedDecodeExamples() {
        assertArrayEquals(new long[] {100000}, CocoRle.stringToCounts("PeQ3"));
        // "kPO" is the delta -997 against counts[1] = 1000
        assertArrayEquals(new long[] {10, 1000, 5, 3}, CocoRle.stringToCounts(":Xo05kPO"));
    }
}
