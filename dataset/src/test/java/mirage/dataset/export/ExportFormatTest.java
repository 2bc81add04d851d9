package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mirage.annotators.labels.LabelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatTest {
    @TempDir
    Path dir;

    @Test
    void parsesCliNames() {
        assertEquals(ExportFormat.KITTI, ExportFormat.parse("Kitti"));
        assertEquals("bop", ExportFormat.BOP.cliName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pascal"));
        assertEquals("unknown format 'pascal'; expected one of coco, yolo, voc, kitti, bop", e.getMessage());
    }

    @Test
    void factoryGivesOneExporterPerFormat() {
        assertTrue(ExportFormat.COCO.exporter() instanceof CocoExporter);
        assertTrue(ExportFormat.YOLO.exporter() instanceof YoloExporter);
        assertTrue(ExportFormat.VOC.exporter() instanceof VocExporter);
        assertTrue(ExportFormat.KITTI.exporter() instanceof KittiExporter);
        assertTrue(ExportFormat.BOP.exporter() instanceof BopExporter);
    }

    @Test
    void everyFormatIsDeterministicListsItsFilesAndLeavesNoTemporaryFile() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            Path a = dir.resolve(format.cliName() + "-a");
            ExportReport first = format.exporter().export(LabelFixtures.dataset(), a);
            assertEquals(format, first.format());
            byte[][] bytes = new byte[first.files().size()][];
            for (int i = 0; i < bytes.length; i++) bytes[i] = Files.readAllBytes(a.resolve(first.files().get(i)));
            ExportReport second = format.exporter().export(LabelFixtures.dataset(), a);
            assertEquals(first, second);
            for (int i = 0; i < bytes.length; i++) {
                assertArrayEquals(bytes[i], Files.readAllBytes(a.resolve(first.files().get(i))), first.files().get(i));
            }
            try (Stream<Path> all = Files.walk(a)) {
                List<String> files = all.filter(Files::isRegularFile).map(p -> a.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
                assertEquals(first.files().stream().sorted().toList(), files, format + ": exactly the reported files");
            }
        }
    }

    @Test
    void collidingStemsAreRejected() {
        var d = LabelFixtures.dataset();
        var f = d.frames().get(2);
        var twin = new mirage.annotators.labels.FrameLabel(9, 10, "000002.jpg", f.camera(), List.of(), null);
        var labels = new mirage.annotators.labels.DatasetLabels(d.categories(), List.of(f, twin), 1);
        ExportException e = assertThrows(ExportException.class, () -> ExportFormat.YOLO.exporter().export(labels, dir));
        assertTrue(e.getMessage().contains("'000002.png' and '000002.jpg' have the same stem"), e.getMessage());
    }
}
