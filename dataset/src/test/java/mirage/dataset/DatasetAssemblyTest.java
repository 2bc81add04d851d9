package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.coco.CocoWriter;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.LabelFixtures;
import mirage.dataset.export.CocoExporter;
import mirage.dataset.export.CocoSegmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed assembly (records read one at a time, two passes per COCO file) writes the same bytes as the
 * whole dataset assembled in memory, for the run's COCO file and each split's, and counts what the labels hold.
 */
class DatasetAssemblyTest {
    @TempDir
    Path dir;

    @Test
    void streamedFilesEqualTheInMemoryOnes() throws IOException {
        DatasetLabels labels = LabelFixtures.dataset();
        DatasetFolder folder = DatasetFolder.open(dir, new RunRecord("c".repeat(64), 4, null), false, false,
                List.of(DatasetLayout.FRAMES));
        DatasetReaderTest.writeDataset(labels, dir);
        DatasetManifest run = new DatasetManifest("9.9", false, 7, 4, null, "L64X128MixRandom", labels.categories(),
                labels.depthScale(), null, new DatasetManifest.Renderer("d", "v", "r", "g"), Map.of("frames", "frames/"),
                null, List.of(new DatasetManifest.Split("a", 0, 1, DatasetLayout.splitCoco("a"), null),
                        new DatasetManifest.Split("b", 1, 3, DatasetLayout.splitCoco("b"), null)));
        DatasetManifest written = DatasetAssembly.write(folder, run, true);
        folder.close();

        assertArrayEquals(inMemory(labels.frames()), Files.readAllBytes(dir.resolve(DatasetLayout.COCO)));
        assertArrayEquals(inMemory(labels.frames().subList(0, 1)), Files.readAllBytes(dir.resolve("annotations/instances_a.json")));
        assertArrayEquals(inMemory(labels.frames().subList(1, 4)), Files.readAllBytes(dir.resolve("annotations/instances_b.json")));
        assertEquals(counts(labels.frames()), written.counts());
        assertEquals(counts(labels.frames().subList(1, 4)), written.splits().get(1).counts());
        assertEquals(written, DatasetManifestJson.read(dir.resolve(DatasetLayout.MANIFEST)));
        assertEquals("annotations/instances.json", written.outputs().get("coco"));
    }

    private static byte[] inMemory(List<FrameLabel> frames) throws IOException {
        DatasetLabels labels = LabelFixtures.dataset();
        DatasetLabels part = new DatasetLabels(labels.categories(), frames, labels.depthScale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CocoWriter().write(new CocoExporter(CocoSegmentation.RLE, new CocoInfo("Mirage synthetic dataset", "9.9"))
                .toCoco(part), out);
        return out.toByteArray();
    }

    private static DatasetManifest.Counts counts(List<FrameLabel> frames) {
        return new DatasetManifest.Counts(frames.size(), frames.stream().mapToLong(f -> f.instances().size()).sum(),
                frames.stream().mapToLong(f -> f.annotated().size()).sum());
    }
}
