package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.annotators.contour.CocoPolygonRaster;
import mirage.annotators.contour.ContourTracer;
import mirage.annotators.contour.Ring;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YOLO export read back with {@link YoloReader}. Precision: every normalised number is written with 6 decimals,
 * so it is within 5e-7 of the exact value; multiplied by the image size (at most 8192) that is under 0.005 px,
 * so rounding to the nearest integer recovers the pixel-edge box and the polygon vertices exactly.
 */
class YoloExportTest {
    private static final double HALF_ULP_6 = 5e-7 + 1e-12;

    /** Fixture instances with holes (ring, block) or two parts. */
    private static final Set<Long> LOSSY = Set.of(LabelFixtures.annotationId(0, 2), LabelFixtures.annotationId(1, 2),
            LabelFixtures.annotationId(3, 1));

    @TempDir
    Path dir;

    private final DatasetLabels labels = LabelFixtures.dataset();

    @Test
    void detectionLinesReadBackToTheVisibleBoxes() throws IOException {
        ExportReport report = new YoloExporter(YoloTask.DETECT).export(labels, dir);
        assertEquals(List.of("labels/000000.txt", "labels/000001.txt", "labels/000002.txt", "labels/000003.txt",
                "data.yaml"), report.files());
        for (FrameLabel f : labels.frames()) {
            List<YoloReader.Line> lines = YoloReader.labels(dir.resolve("labels/" + f.stem() + ".txt"), false);
            List<InstanceLabel> expected = f.annotated().stream().filter(i -> !i.visibility().ignore()).toList();
            assertEquals(expected.size(), lines.size(), "frame " + f.frame() + ": annotated, not ignored");
            int w = f.camera().width();
            int h = f.camera().height();
            for (int k = 0; k < lines.size(); k++) {
                InstanceLabel inst = expected.get(k);
                YoloReader.Line line = lines.get(k);
                PixelBox b = inst.masks().visible().box();
                assertEquals(inst.categoryId() - 1, line.cls());
                double[] exact = {(b.x() + b.w() / 2.0) / w, (b.y() + b.h() / 2.0) / h, (double) b.w() / w,
                        (double) b.h() / h};
                for (int i = 0; i < 4; i++) assertEquals(exact[i], line.values()[i], HALF_ULP_6);
                double[] v = line.values();
                assertEquals(b, new PixelBox((int) Math.round((v[0] - v[2] / 2) * w),
                        (int) Math.round((v[1] - v[3] / 2) * h), (int) Math.round(v[2] * w), (int) Math.round(v[3] * h)));
            }
        }
        assertEquals("", Files.readString(dir.resolve("labels/000002.txt")), "an image without objects: empty file");
    }

    @Test
    void onePixelConvention() throws IOException {
        new YoloExporter(YoloTask.DETECT).export(labels, dir);
        // frame 1 is 20x10; its first instance is the pixel (5, 4): centre ((5 + 0.5) / 20, (4 + 0.5) / 10)
        assertEquals("0 0.275000 0.450000 0.050000 0.100000", Files.readAllLines(dir.resolve("labels/000001.txt")).get(0));
    }

    @Test
    void dataYamlNamesTheClassesAndTheAbsoluteRoot() throws IOException {
        new YoloExporter(YoloTask.DETECT).export(labels, dir);
        YoloReader.DataYaml yaml = YoloReader.dataYaml(dir.resolve("data.yaml"));
        assertEquals(dir.toAbsolutePath().normalize().toString(), yaml.path());
        assertEquals("images", yaml.train());
        assertEquals("images", yaml.val());
        assertEquals(Map.of(0, "cube", 1, "toy car"), yaml.names());
        assertTrue(YoloExporter.dataYaml(List.of(new mirage.annotators.labels.CategoryLabel(1, "it's")), dir)
                .contains("  0: 'it''s'\n"));
    }

    @Test
    void segmentLinesAreTheLargestPartsOuterContour() throws IOException {
        ExportReport report = new YoloExporter(YoloTask.SEGMENT).export(labels, dir);
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).contains(LabelFixtures.annotationId(0, 2) + ", "
                + LabelFixtures.annotationId(1, 2) + ", " + LabelFixtures.annotationId(3, 1)), report.warnings().get(0));
        for (FrameLabel f : labels.frames()) {
            List<YoloReader.Line> lines = YoloReader.labels(dir.resolve("labels/" + f.stem() + ".txt"), true);
            List<InstanceLabel> expected = f.annotated().stream().filter(i -> !i.visibility().ignore()).toList();
            assertEquals(expected.size(), lines.size());
            for (int k = 0; k < lines.size(); k++) checkPolygon(f, expected.get(k), lines.get(k));
        }
    }

    private static void checkPolygon(FrameLabel f, InstanceLabel inst, YoloReader.Line line) {
        int w = f.camera().width();
        int h = f.camera().height();
        double[] v = line.values();
        int[] xy = new int[v.length];
        for (int i = 0; i < v.length; i += 2) {
            assertEquals(Math.round(v[i] * w), v[i] * w, 0.005);
            xy[i] = (int) Math.round(v[i] * w);
            xy[i + 1] = (int) Math.round(v[i + 1] * h);
        }
        Ring largest = ContourTracer.trace(inst.masks().visible().rle()).largest();
        assertEquals(largest, new Ring(xy));
        double[] poly = new double[xy.length];
        for (int i = 0; i < xy.length; i++) poly[i] = xy[i];
        boolean[] raster = CocoPolygonRaster.union(List.of(poly), h, w);
        if (!LOSSY.contains(inst.annotationId())) {
            assertArrayEquals(CocoRle.decode(inst.masks().visible().rle()), raster,
                    "one part, no hole: the polygon is exact");
        }
    }
}
