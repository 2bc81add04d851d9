package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.core.error.MirageException;
import org.junit.jupiter.api.Test;

/** Encoder threads and frames in flight shrink to fit the heap, and a frame that cannot fit is refused in one line. */
class FrameBudgetTest {
    static final long GIB = 1L << 30;

    @Test
    void smallFramesKeepTheDefaults() {
        FrameBudget.Cost vga = FrameBudget.Cost.of(640, 480, 10, true, true, true);
        assertEquals(new FrameBudget(3, 6), FrameBudget.of(vga, 3, 1, 4 * GIB, "640x480"));
        assertEquals(new FrameBudget(1, 3), FrameBudget.of(vga, 1, 2, 4 * GIB, "640x480"), "2 w + contexts - 1 slots");
    }

    @Test
    void theLargestFramesFitWithFewerThreadsAndSlots() {
        FrameBudget.Cost max = FrameBudget.Cost.of(8192, 8192, 20, false, false, false);   // 1.25 GiB a frame
        FrameBudget b = FrameBudget.of(max, 2, 1, 6 * GIB, "8192x8192");
        assertTrue(b.workers() >= 1 && b.slots() >= b.workers(), b.toString());
        assertTrue(max.need(b.workers(), b.slots(), 1) <= 6 * GIB * FrameBudget.HEAP_SHARE - FrameBudget.BASELINE, b.toString());
        assertTrue(max.need(2, 4, 1) > 6 * GIB, "the default of 2 workers and 4 slots would not have fit");
    }

    @Test
    void aFrameThatCannotFitIsRefusedNamingTheHeapItNeeds() {
        FrameBudget.Cost max = FrameBudget.Cost.of(8192, 8192, 65535, true, true, true);
        MirageException e = assertThrows(MirageException.class, () -> FrameBudget.of(max, 2, 1, 2 * GIB, "8192x8192"));
        assertTrue(e.getMessage().startsWith("8192x8192 frames need a heap of about ") && e.getMessage().contains("this JVM has 2048 MiB")
                && e.getMessage().contains("-Xmx"), e.getMessage());
    }
}
