package mirage.annotators.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import mirage.core.image.IdImage;
import org.junit.jupiter.api.Test;

class InstanceStatsTest {
    /** 7 wide, 5 high; instance 1 is a ring with a hole at (2, 2), instance 2 an L, instance 3 absent. */
    private static final IdImage IMAGE = new IdImage(7, 5, new int[] {
            0, 0, 0, 0, 0, 0, 2,
            0, 1, 1, 1, 0, 0, 2,
            0, 1, 0, 1, 0, 0, 2,
            0, 1, 1, 1, 0, 2, 2,
            0, 0, 0, 0, 0, 0, 0,
    });

    @Test
    void countsAndBoxesOfHandMadeImage() {
        InstanceStats s = InstanceStats.of(IMAGE, 3);
        assertEquals(3, s.instanceCount());
        assertEquals(8, s.pixelCount(1));
        assertEquals(Optional.of(new PixelBox(1, 1, 3, 3)), s.box(1));
        assertEquals(5, s.pixelCount(2));
        assertEquals(Optional.of(new PixelBox(5, 0, 2, 4)), s.box(2));
        assertEquals(0, s.pixelCount(3));
        assertEquals(Optional.empty(), s.box(3));
        assertEquals(2, s.visibleCount());
    }

    @Test
    void singlePixelAtEachCornerGivesUnitBox() {
        int w = 4, h = 3;
        int[][] corners = {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}};
        for (int[] c : corners) {
            int[] ids = new int[w * h];
            ids[c[1] * w + c[0]] = 1;
            InstanceStats s = InstanceStats.of(new IdImage(w, h, ids), 1);
            assertEquals(1, s.pixelCount(1));
            assertEquals(Optional.of(new PixelBox(c[0], c[1], 1, 1)), s.box(1));
        }
    }

    @Test
    void fullImageBoxIsImageSize() {
        int[] ids = new int[6 * 4];
        java.util.Arrays.fill(ids, 1);
        InstanceStats s = InstanceStats.of(new IdImage(6, 4, ids), 1);
        assertEquals(24, s.pixelCount(1));
        assertEquals(Optional.of(new PixelBox(0, 0, 6, 4)), s.box(1));
    }

    @Test
    void matchesBruteForceOnRandomImages() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int w = 1 + rnd.nextInt(40), h = 1 + rnd.nextInt(40), n = rnd.nextInt(6);
            int[] ids = new int[w * h];
            for (int i = 0; i < ids.length; i++) ids[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(n + 1) : 0;
            InstanceStats s = InstanceStats.of(new IdImage(w, h, ids), n);
            for (int k = 1; k <= n; k++) {
                int count = 0, x0 = w, y0 = h, x1 = -1, y1 = -1;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if (ids[y * w + x] != k) continue;
                        count++;
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    }
                }
                assertEquals(count, s.pixelCount(k));
                Optional<PixelBox> expected = count == 0 ? Optional.empty()
                        : Optional.of(new PixelBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
                assertEquals(expected, s.box(k));
            }
        }
    }

    @Test
    void rejectsIdAboveCountNamingIdAndPixel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstanceStats.of(IMAGE, 1));
        assertTrue(e.getMessage().contains("id 2 at (x=6, y=0)"), e.getMessage());
    }

    @Test
    void rejectsNegativeId() {
        IdImage img = new IdImage(2, 1, new int[] {0, -3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstanceStats.of(img, 5));
        assertTrue(e.getMessage().contains("id -3 at (x=1, y=0)"), e.getMessage());
    }

    @Test
    void rejectsNegativeCountAndBadIndex() {
        assertThrows(IllegalArgumentException.class, () -> InstanceStats.of(IMAGE, -1));
        InstanceStats s = InstanceStats.of(IMAGE, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> s.pixelCount(0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.box(3));
    }

    @Test
    void pixelBoxRejectsEmptyOrNegative() {
        assertThrows(IllegalArgumentException.class, () -> new PixelBox(0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PixelBox(0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PixelBox(-1, 0, 1, 1));
        PixelBox b = PixelBox.ofInclusive(2, 3, 4, 3);
        assertEquals(new PixelBox(2, 3, 3, 1), b);
        assertEquals(4, b.maxCol());
        assertEquals(3, b.maxRow());
    }
}
