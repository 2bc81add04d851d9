package mirage.annotators.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLabelsReadTest {
    @TempDir
    Path dir;

    /** Writes the fixture as a rendered dataset folder would hold it. */
    static void writeDataset(DatasetLabels d, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("frames"));
        for (FrameLabel f : d.frames()) {
            Files.write(dir.resolve("frames").resolve(String.format("%06d.json", f.frame())), FrameLabelJson.toBytes(f));
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
        assertEquals(d, DatasetLabels.read(dir));
    }

    @Test
    void manifestErrorsNameTheFileAndField() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1, \"name\": \"cube\"}]}");
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> DatasetLabels.read(dir));
        assertTrue(e.getMessage().contains("dataset.json: $.depth_scale: missing"), e.getMessage());
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1}], \"depth_scale\": 1}");
        e = assertThrows(LabelFormatException.class, () -> DatasetLabels.read(dir));
        assertTrue(e.getMessage().contains("dataset.json: $.categories[0].name: missing"), e.getMessage());
    }

    @Test
    void inconsistentCategoriesAreRejectedNamingTheInstance() throws IOException {
        writeDataset(LabelFixtures.dataset(), dir);
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1, \"name\": \"cube\"},"
                + " {\"id\": 2, \"name\": \"toy car\"}], \"depth_scale\": 0.1}");
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> DatasetLabels.read(dir));
        assertTrue(e.getMessage().contains("frame 0, instance 1: keypoints [top, bottom, tip] != category 'cube'"
                + " keypoints []"), e.getMessage());
    }

    @Test
    void missingFramesFolderIsNamed() throws IOException {
        Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [], \"depth_scale\": 1}");
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> DatasetLabels.read(dir));
        assertTrue(e.getMessage().contains("frames: no such folder"), e.getMessage());
    }
}
