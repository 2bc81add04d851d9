package mirage.annotators.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One negative test per decoder validation rule of coco.md section 6. */
class CocoRleValidationTest {

    private static void rejects(Executable call, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(reason), "message '" + e.getMessage() + "' lacks '" + reason + "'");
    }

    @Test
    void charBelow48() {
        rejects(() -> CocoRle.stringToCounts("41/"), "char '/' at index 2 is outside ASCII 48..111");
    }

    @Test
    void charAbove111() {
        rejects(() -> CocoRle.stringToCounts("p"), "char 'p' at index 0 is outside ASCII 48..111");
        rejects(() -> CocoRle.stringToCounts("4\u00e91"), "U+00E9");
    }

    @Test
    void lastCharWithContinuationBit() {
        rejects(() -> CocoRle.stringToCounts("41P"), "continuation bit");
        rejects(() -> CocoRle.decode(new Rle(480, 640, "PP\\")), "continuation bit");
    }

    @Test
    void negativeRawCount() {
        // 'O' = 31: sign bit set, no continuation -> -1
        rejects(() -> CocoRle.stringToCounts("O"), "RLE count 0 is -1");
    }

    @Test
    void negativeCountAfterDelta() {
        // counts 1,1,1 then delta -2 against counts[1] = 1 -> -1 ('N' = 30 = -2)
        rejects(() -> CocoRle.stringToCounts("111N"), "RLE count 3 is -1");
    }

    @Test
    void countOf2To32() {
        // six zero groups with continuation ('P'), then group 4 at bit 30 -> 2^32
        rejects(() -> CocoRle.stringToCounts("PPPPPP4"), "RLE count 0 is 4294967296");
        assertArrayEquals(new long[] {(1L << 32) - 1}, CocoRle.stringToCounts(CocoRle.countsToString(
                new long[] {(1L << 32) - 1})));
    }

    @Test
    void countOf2To32AfterDelta() {
        long max = (1L << 32) - 1;
        String prefix = CocoRle.countsToString(new long[] {0, max, 0});
        // delta +1 against counts[1] = 2^32 - 1
        rejects(() -> CocoRle.stringToCounts(prefix + "1"), "RLE count 3 is 4294967296");
    }

    @Test
    void overlongValue() {
        rejects(() -> CocoRle.stringToCounts("PPPPPPPPPPPPPP0"), "longer than");
    }

    @Test
    void sumNotEqualToSize() {
        rejects(() -> CocoRle.decode(new Rle(3, 3, "411")), "sum to 6 but size [3, 3] has 9 pixels");
        rejects(() -> CocoRle.area(new Rle(3, 2, "412")), "sum to 7");
        rejects(() -> CocoRle.bbox(new Rle(3, 2, "")), "sum to 0");
    }

    @Test
    void nonPositiveSize() {
        rejects(() -> new Rle(0, 2, "0"), "size must be positive");
        rejects(() -> new Rle(2, -1, "0"), "size must be positive");
    }

    @Test
    void encoderRejectsCountsOutOfRange() {
        rejects(() -> CocoRle.countsToString(new long[] {1, -1}), "RLE count 1 is -1");
        rejects(() -> CocoRle.countsToString(new long[] {1L << 32}), "RLE count 0 is 4294967296");
    }

    @Test
    void encodeAllRejectsUnknownId() {
        var image = new mirage.core.image.IdImage(2, 2, new int[] {0, 1, 3, 0});
        rejects(() -> CocoRle.encodeAll(image, 2), "id 3 at (x=0, y=1) is outside 0..2");
    }
}
