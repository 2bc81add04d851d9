package mirage.dataset.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mirage.core.image.CoverageImage;
import org.junit.jupiter.api.Test;

/** The coverage PNG's values: round(255 k / n), each count its own value, so the count is recovered exactly. */
class CoverageOutputTest {
    @Test
    void everyCountHasItsOwnValueAndDecodesExactly() {
        for (int n : new int[] {4, 9, 16, 64, 255}) {
            byte[] counts = new byte[n + 1];
            for (int k = 0; k <= n; k++) counts[k] = (byte) k;
            byte[] encoded = CoverageOutput.encode(new CoverageImage(n + 1, 1, n, counts));
            for (int k = 0; k <= n; k++) {
                int value = encoded[k] & 0xff;
                assertEquals(Math.floor(255.0 * k / n + 0.5), value, "n " + n + ", k " + k);
                assertEquals(k, Math.round(value * n / 255.0), "n " + n + ": the count back from " + value);
            }
            assertEquals(0, encoded[0]);
            assertEquals(255, encoded[n] & 0xff);
        }
    }
}
