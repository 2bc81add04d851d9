package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Encoders are lowered only when the render stage is the slower one, per frame and per thread. */
class EncoderPriorityTest {
    @Test
    void renderSlowerThanEncodingLowersTheEncoders() {
        assertTrue(EncoderPriority.renderIsSlower(60_000_000, 1, 30_000_000, 1));    // 640x480: 16 vs 33 frames/s
        assertFalse(EncoderPriority.renderIsSlower(140_000_000, 1, 160_000_000, 1)); // 1080p: encoding sets the pace
    }

    @Test
    void threadsOnEachSideCount() {
        assertFalse(EncoderPriority.renderIsSlower(60_000_000, 2, 40_000_000, 1));   // two contexts: 33 vs 25 frames/s
        assertTrue(EncoderPriority.renderIsSlower(60_000_000, 1, 100_000_000, 2));   // two encoders: 16 vs 20 frames/s
    }
}
