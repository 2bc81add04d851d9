package mirage.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small accumulators: fixed bins, capped value counts, the heat map, image hashes and the sample picks. */
class SmallStatsTest {
    @Test
    void fixedBinsHoldTheirLowerEdgeAndTheLastAlsoTheTop() {
        FixedHistogram h = new FixedHistogram(0, 1, 4);
        for (double v : new double[] {0, 0.25, 0.24, 0.5, 0.99, 1, -0.1, 1.5, Double.NaN}) h.add(v);
        assertArrayEquals(new long[] {2, 1, 1, 2}, h.counts());
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, h.edges());
        assertEquals(1, h.below());
        assertEquals(1, h.above());
        assertEquals(8, h.total());
        assertEquals(3.0, FixedHistogram.log2(8));
        assertEquals(-2.0, FixedHistogram.log2(0.25));
    }

    @Test
    void valueCountsKeepTheFirstDistinctValuesAndCountTheRestTogether() {
        ValueCounts<String> c = new ValueCounts<>(2);
        for (String s : List.of("b", "a", "b", "c", "a", "d")) c.add(s);
        assertEquals(Map.of("a", 2L, "b", 2L), c.counts());
        assertEquals(List.of("a", "b"), new ArrayList<>(c.counts().keySet()), "natural order");
        assertEquals(2, c.other());
        assertEquals(6, c.total());
        assertTrue(c.overflowed());
    }

    @Test
    void theHeatMapCountsEdgesInTheLastCellAndDropsPointsOutside() {
        CentreGrid g = new CentreGrid(4, 2);
        g.add(0, 0);
        g.add(1, 1);
        g.add(0.26, 0.5);
        g.add(1.01, 0.5);
        g.add(Double.NaN, 0);
        assertEquals(1, g.count(0, 0));
        assertEquals(1, g.count(3, 1));
        assertEquals(1, g.count(1, 1));
        assertEquals(1, g.max());
    }

    @Test
    void identicalImageFilesAreFoundWithTheirFrames() throws Exception {
        ImageHashes h = new ImageHashes(5);
        byte[][] files = {{1, 2, 3}, {1, 2, 4}, {1, 2, 3}, {9}, {1, 2, 3}, {9}, {7}};
        int[] frames = {0, 2, 3, 4, 7, 8, 9};
        for (int i = 0; i < files.length; i++) h.add(frames[i], new ByteArrayInputStream(files[i]));
        ImageHashes.Duplicates d = h.result();
        assertEquals(5, d.checked());
        assertEquals(2, d.notChecked(), "beyond the limit");
        assertEquals(2, d.repeats(), "frames 3 and 7 repeat frame 0");
        assertEquals(List.of(List.of(0, 3, 7)), d.examples());
    }

    @Test
    void samplesAreTheTargetsWhenEveryRecordIsThereAndTheNextRecordOtherwise() {
        SamplePicker all = new SamplePicker(0, 100, 8);
        List<Integer> picked = new ArrayList<>();
        for (int f = 0; f < 100; f++) if (all.take(f)) picked.add(f);
        assertEquals(List.of(0, 12, 25, 37, 50, 62, 75, 87), picked, "floor(k * 100 / 8)");
        SamplePicker some = new SamplePicker(0, 100, 4);   // targets 0, 25, 50, 75
        picked.clear();
        for (int f : new int[] {0, 5, 6, 40, 41, 90}) if (some.take(f)) picked.add(f);
        assertEquals(List.of(0, 40, 90), picked, "25 -> 40, 50 and 75 -> 90 (taken once)");
        SamplePicker shard = new SamplePicker(200, 204, 8);
        picked.clear();
        for (int f = 200; f < 204; f++) if (shard.take(f)) picked.add(f);
        assertEquals(List.of(200, 201, 202, 203), picked, "more samples than frames: each frame once");
        assertFalse(new SamplePicker(0, 0, 3).take(0));
    }
}
