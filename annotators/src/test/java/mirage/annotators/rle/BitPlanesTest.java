package mirage.annotators.rle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.SplittableRandom;
import mirage.annotators.mask.InstanceStats;
import mirage.core.image.IdImage;
import org.junit.jupiter.api.Test;

/** Every bit plane's count, box and RLE equal those of the plane extracted as its own 0/1 image. */
class BitPlanesTest {
    @Test
    void planesMatchTheirOwnImages() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 60; trial++) {
            int w = rnd.nextInt(1, 40), h = rnd.nextInt(1, 40), planes = rnd.nextInt(0, 33);
            int[] bits = new int[w * h];
            for (int b = 0; b < planes; b++) {
                if (rnd.nextInt(5) == 0) continue;   // some planes stay empty
                int bx = rnd.nextInt(w), by = rnd.nextInt(h), bw = rnd.nextInt(1, w - bx + 1), bh = rnd.nextInt(1, h - by + 1);
                for (int y = by; y < by + bh; y++)
                    for (int x = bx; x < bx + bw; x++) if (rnd.nextInt(4) != 0) bits[y * w + x] |= 1 << b;
            }
            bits[rnd.nextInt(bits.length)] |= rnd.nextInt();   // bits above `planes` must be ignored
            List<BitPlanes.Mask> masks = BitPlanes.decodePlanes(bits, w, h, planes);
            assertEquals(planes, masks.size());
            for (int b = 0; b < planes; b++) {
                int[] plane = new int[bits.length];
                for (int p = 0; p < bits.length; p++) plane[p] = (bits[p] >>> b) & 1;
                IdImage img = new IdImage(w, h, plane);
                InstanceStats stats = InstanceStats.of(img, 1);
                assertEquals(stats.pixelCount(1), masks.get(b).pixels());
                assertEquals(stats.box(1).orElse(null), masks.get(b).box());
                assertEquals(CocoRle.encode(img, 1), masks.get(b).rle());
            }
        }
    }

    @Test
    void emptyPlaneIsAllZeros() {
        BitPlanes.Mask m = BitPlanes.decodePlanes(new int[6], 3, 2, 1).get(0);
        assertEquals(0, m.pixels());
        assertNull(m.box());
        assertEquals("6", m.rle().counts());
    }
}
