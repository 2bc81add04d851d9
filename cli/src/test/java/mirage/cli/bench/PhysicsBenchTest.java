package mirage.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The physics bench's fixed mixes: object counts split over the entries in proportion to their mean counts. */
class PhysicsBenchTest {
    @Test
    void theBinPickingMixSplitsTenAndFiftyPartsByTheEntriesMeanCounts() {
        double[] means = {11, 6, 11};   // the example's int_uniform [8, 14], [4, 8], [8, 14]
        assertArrayEquals(new int[] {4, 2, 4}, PhysicsBench.shares(means, 28, 10));
        assertArrayEquals(new int[] {20, 11, 19}, PhysicsBench.shares(means, 28, 50));
    }

    @Test
    void sharesAlwaysAddUpToTheTotal() {
        double[] weights = {1, 1, 1, 0.5, 3};
        for (int total = 0; total <= 200; total++)
            assertEquals(total, Arrays.stream(PhysicsBench.shares(weights, 6.5, total)).sum(), "total " + total);
    }
}
