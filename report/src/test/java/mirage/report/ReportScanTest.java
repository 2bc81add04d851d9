package mirage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import mirage.report.stats.AdaptiveHistogram;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.DatasetScan;
import mirage.report.stats.InstanceStats;
import mirage.report.stats.SplitCounts;
import mirage.report.stats.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scan of the synthetic dataset ({@link SyntheticDataset}: frame 0 a 7x7 diamond of 25 pixels, category 2;
 * frame 1 a 4x3 rectangle at (9, 6), category 1; frame 2 empty; each instance a 0.2 m cube 2 m ahead), every figure
 * worked out by hand from that description, and the warnings it should raise.
 */
class ReportScanTest {
    @TempDir
    Path tmp;

    /** A dataset.json with categories cube, ball and kite (never placed). */
    static void manifest(Path root, boolean complete, int frames, String spec) throws IOException {
        Files.writeString(root.resolve("dataset.json"), """
                {"tool": "mirage", "version": "test", "complete": %s, "seed": 1, "frames": %d,
                 "categories": [{"id": 1, "name": "cube"}, {"id": 2, "name": "ball"}, {"id": 3, "name": "kite"}],
                 "depth_scale": 1.0, "spec": %s}
                """.formatted(complete, frames, spec));
    }

    static DatasetReport scan(Path root, List<String> events) {
        return DatasetScan.scan(root, "ds", new DatasetScan.Options(8, 16, 5), new DatasetScan.Listener() {
            @Override public void started(String name, long records) {
                events.add("start " + name + " " + records);
            }

            @Override public void record() {
                events.add("record");
            }

            @Override public void finished() {
                events.add("end");
            }
        });
    }

    @Test
    void countsAndDistributionsAreThoseOfTheRecords() throws IOException {
        Path root = SyntheticDataset.write(tmp.resolve("ds"), 0.6);
        manifest(root, true, 3, "{}");
        List<String> events = new ArrayList<>();
        DatasetReport r = scan(root, events);
        assertEquals(List.of("start ds 3", "record", "record", "record", "end"), events);
        assertEquals(3, r.records());
        SplitCounts all = r.stats().all();
        assertEquals(3, all.images());
        assertEquals(List.of(1L, 1L, 0L), List.of(all.annotations(1), all.annotations(2), all.annotations(3)));
        assertEquals(1, all.truncated(1));
        assertEquals(1, all.framesWithoutAnnotations());
        InstanceStats in = r.stats().instances();
        assertArrayEquals(new long[] {2, 0, 0}, in.sizeClasses(), "areas 25 and 12");
        assertEquals(1, in.centres().count(9, 9), "diamond centre (7.5/16, 5.5/12)");
        assertEquals(1, in.centres().count(13, 12), "rectangle centre (11/16, 7.5/12)");
        assertEquals(Math.log(Math.sqrt(12)) / Math.log(2), in.boxSize().min(), 1e-12);
        assertEquals(Math.log(7) / Math.log(2), in.boxSize().max(), 1e-12);
        assertEquals(0, in.aspect().min());
        assertEquals(Math.log(4.0 / 3) / Math.log(2), in.aspect().max(), 1e-12);
        assertEquals(2.0, in.depth().min(), 1e-12);
        assertEquals(1.9, in.nearest(), 1e-12);
        assertEquals(2.1, in.farthest(), 1e-12);
        assertEquals(2, in.visibility().counts()[19]);
        assertEquals(1, in.truncation().counts()[0]);
        assertEquals(1, in.truncation().counts()[12], "0.6 falls in [0.6, 0.65)");
        assertEquals(1, in.smallBoxes(), "the 4x3 rectangle is under 5 px");
        AdaptiveHistogram perImage = r.stats().frames().annotationsPerImage();
        assertArrayEquals(new long[] {1, 2}, perImage.countsOn(AdaptiveHistogram.axis(List.of(perImage))));
        assertEquals(List.of(0, 1, 2), r.samples().stream().map(s -> s.frame()).toList());
        assertEquals(List.of(16, 12), List.of(r.samples().get(0).width(), r.samples().get(0).height()));
    }

    @Test
    void warningsNameEachLikelyMistake() throws IOException {
        Path root = SyntheticDataset.write(tmp.resolve("ds"), 0.6);
        Files.copy(root.resolve("images/000000.png"), root.resolve("images/000001.png"), StandardCopyOption.REPLACE_EXISTING);
        manifest(root, true, 4, "{\"class_balance\": {\"targets\": {\"cube\": 2, \"ball\": 1}}}");
        List<Warning> w = scan(root, new ArrayList<>()).warnings();
        assertEquals(List.of(
                new Warning("incomplete", "dataset.json says the run is complete, but 3 of its 4 frames have a record"),
                new Warning("mostly_truncated", "category 'cube': 1 of its 1 annotations (100.0%) are truncated by half or more"),
                new Warning("category_without_annotations", "category 'kite' (id 3) has no annotation"),
                new Warning("frames_without_annotations", "1 of 3 frames have no annotation (e.g. frames 2)"),
                new Warning("small_boxes", "1 of 2 annotations (50.0%) have a visible box narrower or lower than 5 px (e.g. frames 1)"),
                new Warning("class_balance", "class_balance.targets: category 'cube': target 2, placed 1"),
                new Warning("duplicate_images", "1 of 3 images are byte-identical to another image (e.g. frames 0, 1)")), w);
    }

    @Test
    void anIncompleteRunIsNotHeldToItsTargets() throws IOException {
        Path root = SyntheticDataset.write(tmp.resolve("ds"));
        manifest(root, false, 10, "{\"class_balance\": {\"targets\": {\"cube\": 5}}}");
        List<String> kinds = scan(root, new ArrayList<>()).warnings().stream().map(Warning::kind).toList();
        assertTrue(kinds.contains("incomplete"), kinds.toString());
        assertTrue(!kinds.contains("class_balance"), kinds.toString());
    }
}
