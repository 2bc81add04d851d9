package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.labels.LabelSource;
import mirage.core.error.MirageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a dataset folder back: whole, or streamed one record at a time, with errors naming file and field. */
class DatasetReaderTest {
    @TempDir
    Path dir;

    /** Writes the fixture as a rendered dataset folder would hold it. */
    static void writeDataset(DatasetLabels d, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("frames"));
        for (FrameLabel f : d.frames()) {
            Files.write(dir.resolve(DatasetLayout.record(f.frame())), FrameLabelJson.toBytes(f));
        }
        Files.writeString(dir.resolve("dataset.json"), """
                {"tool": "mirage", "version": "0.1.0", "seed": 7, "spec": {"frames": 4},
                 "categories": [{"id": 1, "name": "cube", "keypoints": ["top", "bottom", "tip"]},
                                {"id": 2, "name": "toy car"}],
                 "depth_scale": 0.1}
                """);
    }

    @Test
    void readsTheDatasetFolderBackEqual() throws IOException {
        DatasetLabels d = LabelFixtures.dataset();
        writeDataset(d, dir);
        assertEquals(d, DatasetReader.open(dir).readAll());
    }

    @Test
    void streamsTheSameFramesInFrameOrderEachTimeAndIgnoresOtherFiles() throws IOException {
        DatasetLabels d = LabelFixtures.dataset();
        writeDataset(d, dir);
        Files.writeString(dir.resolve("frames/.000009.json.tmp"), "partial");
        Files.writeString(dir.resolve("frames/notes.json"), "{");
        LabelSource streamed = DatasetReader.open(dir).labels();
        assertEquals(d.categories(), streamed.categories());
        assertEquals(d.depthScale(), streamed.depthScale());
        for (int pass = 0; pass < 2; pass++) {
            List<FrameLabel> read = new ArrayList<>();
            streamed.frames().forEach(read::add);
            assertEquals(d.frames(), read, "pass " + pass);
        }
        Files.delete(dir.resolve(DatasetLayout.record(1)));
        List<FrameLabel> some = new ArrayList<>();
        DatasetReader.open(dir).records(1, 4).forEach(some::add);
        assertEquals(List.of(d.frames().get(2), d.frames().get(3)), some, "frames 1..3 without the missing one");
    }

    @Test
    void aRecordMustBeItsFilesFrame() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.write(dir.resolve(DatasetLayout.record(1)), FrameLabelJson.toBytes(LabelFixtures.frame2()));
        MirageException e = assertThrows(MirageException.class, () -> DatasetReader.open(dir).readAll());
        assertTrue(e.getMessage().contains("000001.json: holds frame 2, not frame 1"), e.getMessage());
    }

    @Test
    void manifestErrorsNameTheFileAndField() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1, \"name\": \"cube\"}]}");
        MirageException e = assertThrows(MirageException.class, () -> DatasetReader.open(dir).readAll());
        assertTrue(e.getMessage().contains("dataset.json: $.depth_scale: missing"), e.getMessage());
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1}], \"depth_scale\": 1}");
        e = assertThrows(MirageException.class, () -> DatasetReader.open(dir).labels());
        assertTrue(e.getMessage().contains("dataset.json: $.categories[0].name: missing"), e.getMessage());
    }

    @Test
    void inconsistentCategoriesAreRejectedNamingTheInstance() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1, \"name\": \"cube\"},"
                + " {\"id\": 2, \"name\": \"toy car\"}], \"depth_scale\": 0.1}");
        String expected = "frame 0, instance 1: keypoints [top, bottom, tip] != category 'cube' keypoints []";
        MirageException e = assertThrows(MirageException.class, () -> DatasetReader.open(dir).readAll());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        e = assertThrows(MirageException.class, () -> DatasetReader.open(dir).labels().frames().forEach(f -> { }));
        assertTrue(e.getMessage().contains(expected), "streamed too: " + e.getMessage());
    }

    @Test
    void aFolderWithoutFramesIsNamed() throws IOException {
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [], \"depth_scale\": 1}");
        MirageException e = assertThrows(MirageException.class, () -> DatasetReader.open(dir));
        assertTrue(e.getMessage().contains("no frames/ folder"), e.getMessage());
    }

    @Test
    void countsTheRecordsAndOpensAnImageFileAsStored() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.delete(dir.resolve(DatasetLayout.record(2)));
        DatasetReader reader = DatasetReader.open(dir);
        assertEquals(3, reader.recordCount());
        assertEquals(4, reader.frameBound(), "one past the highest record without a frame count in dataset.json");
        FrameLabel first = reader.label(0);
        byte[] bytes = {1, 2, 3, (byte) 0xff};
        Files.createDirectories(dir.resolve(DatasetLayout.IMAGES));
        Files.write(dir.resolve(DatasetLayout.IMAGES).resolve(first.fileName()), bytes);
        try (var in = reader.openImage(first)) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, in.readAllBytes());
        }
        MirageException e = assertThrows(MirageException.class, () -> reader.openImage(reader.label(1)));
        assertTrue(e.getMessage().endsWith(reader.label(1).fileName() + ": no such file"), e.getMessage());
    }
}
