package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoCategory;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.coco.CocoReader;
import mirage.annotators.coco.CocoValidator;
import mirage.annotators.contour.CocoPolygonRaster;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.KeypointLabel;
import mirage.annotators.labels.KeypointVisibility;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COCO export read back with the project's CocoReader (RLE) and a Jackson tree (extras, polygons). */
class CocoExportTest {
    @TempDir
    Path dir;

    /** Pixels covered by the filled outer ring of the two fixture masks with holes. */
    private static final Map<Long, Integer> FILLED = Map.of(LabelFixtures.annotationId(0, 2), 12,
            LabelFixtures.annotationId(3, 1), 9);

    private final DatasetLabels labels = LabelFixtures.dataset();

    private ExportReport export(CocoSegmentation mode) throws IOException {
        return new CocoExporter(mode, new CocoInfo("test", "1")).export(labels, dir);
    }

    @Test
    void rleExportReadsBackEqualToTheLabelModel() throws IOException {
        ExportReport report = export(CocoSegmentation.RLE);
        assertEquals(List.of("annotations/instances.json"), report.files());
        assertEquals(List.of(), report.warnings());
        CocoDataset coco = new CocoReader().read(dir.resolve(CocoExporter.FILE));
        CocoValidator.check(coco);
        Map<Long, CocoAnnotation> byId = new HashMap<>();
        for (CocoAnnotation a : coco.annotations()) byId.put(a.id(), a);
        List<CocoImage> images = new ArrayList<>();
        int annotated = 0;
        for (FrameLabel f : labels.frames()) {
            images.add(new CocoImage(f.imageId(), f.fileName(), f.camera().width(), f.camera().height()));
            for (InstanceLabel inst : f.instances()) {
                if (!inst.annotated()) continue;
                annotated++;
                assertAnnotation(f, inst, byId.get(inst.annotationId()));
            }
        }
        assertEquals(annotated, coco.annotations().size(), "exactly the annotated instances");
        assertEquals(images, coco.images());
        assertEquals(List.of(new CocoCategory(1, "cube", "object", List.of("top", "bottom", "tip")),
                new CocoCategory(2, "toy car", "object")), coco.categories());
    }

    private static void assertAnnotation(FrameLabel f, InstanceLabel inst, CocoAnnotation a) {
        assertEquals(f.imageId(), a.imageId());
        assertEquals(inst.categoryId(), a.categoryId());
        assertEquals(inst.masks().visible().box(), a.bbox());
        assertEquals(inst.masks().visible().pixels(), a.area());
        assertEquals(inst.masks().visible().rle(), a.segmentation());
        assertEquals(inst.masks().amodal().box(), a.extras().bboxAmodal());
        assertEquals(inst.masks().amodal().pixels(), a.extras().areaAmodal());
        assertArrayEquals(inst.masks().projectedBox(), a.extras().bboxProjected());
        assertEquals(inst.visibility().visibility(), a.extras().visibility());
        assertEquals(inst.visibility().truncation(), a.extras().truncation());
        assertEquals(inst.masks().amodal().rle(), a.extras().amodalSegmentation());
        assertEquals(inst.visibility().ignore(), a.extras().ignore());
        assertArrayEquals(inst.pose().rotation(), a.extras().pose().r());
        assertArrayEquals(inst.pose().translation(), a.extras().pose().t());
        assertArrayEquals(inst.pose().scale(), a.extras().pose().scale());
        if (inst.keypoints().isEmpty()) {
            assertNull(a.extras().keypoints());
            return;
        }
        double[] k = a.extras().keypoints();
        for (int i = 0; i < inst.keypoints().size(); i++) {
            KeypointLabel kp = inst.keypoints().get(i);
            boolean outside = kp.visibility() == KeypointVisibility.OUTSIDE;
            assertEquals(outside ? 0 : kp.u() + 0.5, k[3 * i], "x = u + 0.5");
            assertEquals(outside ? 0 : kp.v() + 0.5, k[3 * i + 1], "y = v + 0.5");
            assertEquals(kp.visibility().cocoFlag(), (int) k[3 * i + 2]);
        }
    }

    @Test
    void knownAnswerVectorAndPixelConvention() throws IOException {
        export(CocoSegmentation.RLE);
        CocoDataset coco = new CocoReader().read(dir.resolve(CocoExporter.FILE));
        CocoAnnotation block = find(coco, LabelFixtures.annotationId(3, 1));
        assertEquals("031N00024", block.segmentation().counts(), "coco.md section 7: 3x3 block with a hole, 4x4");
        assertArrayEquals(new long[] {0, 3, 1, 1, 1, 1, 1, 3, 5}, CocoRle.counts(block.segmentation()));
        assertEquals(new PixelBox(0, 0, 3, 3), block.bbox());
        assertEquals(8, block.area());
        CocoAnnotation pixel = find(coco, LabelFixtures.annotationId(1, 1));
        assertEquals(new PixelBox(5, 4, 1, 1), pixel.bbox(), "a pixel at (5, 4) is [5, 4, 1, 1]");
        assertEquals(1, pixel.area());
    }

    @Test
    void extraKeysAsDocumented() throws IOException {
        export(CocoSegmentation.RLE);
        JsonNode root = new ObjectMapper().readTree(dir.resolve(CocoExporter.FILE).toFile());
        JsonNode cube = root.get("categories").get(0);
        assertEquals("[\"top\",\"bottom\",\"tip\"]", cube.get("keypoints").toString());
        assertEquals("[]", cube.get("skeleton").toString());
        assertFalse(root.get("categories").get(1).has("keypoints"));
        Map<Long, JsonNode> byId = new HashMap<>();
        root.get("annotations").forEach(a -> byId.put(a.get("id").longValue(), a));
        JsonNode first = byId.get(LabelFixtures.annotationId(0, 1));
        assertEquals("[2.5,1.5,2,3.7,4.9,1,0.0,0.0,0]", first.get("keypoints").toString());
        assertEquals(2, first.get("num_keypoints").intValue());
        assertEquals(0, first.get("ignore").intValue());
        JsonNode ignored = byId.get(LabelFixtures.annotationId(0, 5));
        assertEquals(1, ignored.get("ignore").intValue());
        assertEquals(0, ignored.get("iscrowd").intValue());
        assertFalse(byId.containsKey(LabelFixtures.annotationId(0, 3)), "no annotation for the invisible instance");
        JsonNode car = byId.get(LabelFixtures.annotationId(0, 2));
        assertFalse(car.has("keypoints"));
        assertEquals(List.of("R", "t", "scale"), names(car.get("pose")));
        assertEquals(List.of("id", "image_id", "category_id", "segmentation", "area", "bbox", "iscrowd", "bbox_amodal",
                "area_amodal", "bbox_projected", "visibility", "truncation", "amodal_segmentation", "ignore", "pose"),
                names(car));
    }

    @Test
    void polygonsRasteriseBackToMasksWithoutHolesAndHolesAreReported() throws IOException {
        ExportReport report = export(CocoSegmentation.POLYGON);
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).contains("Ids: " + LabelFixtures.annotationId(0, 2) + ", "
                + LabelFixtures.annotationId(3, 1)), report.warnings().get(0));
        JsonNode root = new ObjectMapper().readTree(dir.resolve(CocoExporter.FILE).toFile());
        Map<Long, JsonNode> byId = new HashMap<>();
        root.get("annotations").forEach(a -> byId.put(a.get("id").longValue(), a));
        for (FrameLabel f : labels.frames()) {
            for (InstanceLabel inst : f.annotated()) {
                JsonNode seg = byId.get(inst.annotationId()).get("segmentation");
                assertTrue(seg.isArray() && seg.get(0).size() >= 8, "polygons of at least 4 points: " + seg);
                List<double[]> polys = new ArrayList<>();
                seg.forEach(p -> {
                    double[] xy = new double[p.size()];
                    for (int i = 0; i < xy.length; i++) xy[i] = p.get(i).doubleValue();
                    polys.add(xy);
                });
                boolean[] raster = CocoPolygonRaster.union(polys, f.camera().height(), f.camera().width());
                boolean[] mask = CocoRle.decode(inst.masks().visible().rle());
                Integer filled = FILLED.get(inst.annotationId());
                if (filled == null) {
                    assertArrayEquals(mask, raster, "annotation " + inst.annotationId());
                } else {
                    assertEquals(filled, count(raster), "the ring's hole is filled");
                    for (int p = 0; p < mask.length; p++) assertTrue(!mask[p] || raster[p]);
                }
            }
        }
    }

    @Test
    void exportIsDeterministicAndNeedsMasks() throws IOException {
        export(CocoSegmentation.RLE);
        byte[] first = Files.readAllBytes(dir.resolve(CocoExporter.FILE));
        export(CocoSegmentation.RLE);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(CocoExporter.FILE)));
        FrameLabel f = LabelFixtures.frame1();
        InstanceLabel i = f.instances().get(0);
        MasksLabel m = i.masks();
        MasksLabel.Region visible = new MasksLabel.Region(m.visible().pixels(), m.visible().box(), null);
        MasksLabel visibleWithoutMask = new MasksLabel(visible, m.amodal(), m.projectedBox());
        InstanceLabel noMask = new InstanceLabel(i.index(), i.annotationId(), i.category(), i.categoryId(), i.asset(),
                i.pose(), visibleWithoutMask, i.visibility(), i.box3d(), i.keypoints());
        DatasetLabels bad = new DatasetLabels(labels.categories(), List.of(new FrameLabel(1, 2, f.fileName(),
                f.camera(), List.of(noMask), null)), 1);
        ExportException e = assertThrows(ExportException.class,
                () -> new CocoExporter(CocoSegmentation.RLE, ExportOptions.DEFAULTS.cocoInfo()).export(bad, dir));
        assertTrue(e.getMessage().contains("frame 1, instance 1: no visible_mask"), e.getMessage());
    }

    private static CocoAnnotation find(CocoDataset coco, long id) {
        return coco.annotations().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private static int count(boolean[] m) {
        int n = 0;
        for (boolean b : m) if (b) n++;
        return n;
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
