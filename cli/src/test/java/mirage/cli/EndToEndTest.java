package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import mirage.dataset.DatasetReader;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoReader;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.assets.AssetLibrary;
import mirage.assets.MeshData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled default scene rendered end to end by the CLI, and every label checked against the pixels. */
class EndToEndTest {
    static final int FRAMES = 4;
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void render() {
        out = tmp.resolve("default");
        CliRun r = CliRun.of("render", "--out", out.toString(), "--frames", String.valueOf(FRAMES), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void writesTheDocumentedLayout() throws Exception {
        for (int i = 0; i < FRAMES; i++) {
            String n = String.format("%06d", i);
            for (String f : List.of("images/" + n + ".png", "masks/instance/" + n + ".png", "masks/semantic/" + n + ".png",
                    "frames/" + n + ".json"))
                assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(out.resolve("annotations/instances.json")));
        JsonNode manifest = JSON.readTree(out.resolve("dataset.json").toFile());
        assertEquals(FRAMES, manifest.get("frames").asInt());
        assertEquals(1, manifest.get("seed").asLong());
        assertEquals(FRAMES, manifest.get("spec").get("frames").asInt());
        assertTrue(manifest.get("renderer").get("gl_version").asText().startsWith("4."));
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
        BufferedImage rgb = ImageIO.read(out.resolve("images/000000.png").toFile());
        assertEquals(640, rgb.getWidth());
        assertEquals(480, rgb.getHeight());
        assertEquals(3, rgb.getColorModel().getNumComponents());
    }

    /** Every COCO mask equals its instance's pixels in the instance PNG; box and area come from the same pixels. */
    @Test
    void cocoMasksEqualTheInstancePngPixels() throws Exception {
        CocoDataset coco = new CocoReader().read(out.resolve("annotations/instances.json"));
        assertEquals(FRAMES, coco.images().size());
        assertEquals(List.of("character", "coin", "flag", "platform"),
                coco.categories().stream().map(c -> c.name()).toList());
        Map<Long, List<CocoAnnotation>> byImage = new HashMap<>();
        for (CocoAnnotation a : coco.annotations()) byImage.computeIfAbsent(a.imageId(), k -> new java.util.ArrayList<>()).add(a);
        int checked = 0;
        for (CocoImage img : coco.images()) {
            int[] ids = gray16(out.resolve("masks/instance/" + img.fileName()));
            int[] sem = gray16(out.resolve("masks/semantic/" + img.fileName()));
            JsonNode frame = JSON.readTree(out.resolve("frames/" + img.fileName().replace(".png", ".json")).toFile());
            Map<Long, CocoAnnotation> anns = new HashMap<>();
            for (CocoAnnotation a : byImage.getOrDefault(img.id(), List.of())) anns.put(a.id(), a);
            int[] categoryOf = new int[frame.get("instances").size() + 1];
            for (JsonNode inst : frame.get("instances")) {
                int k = inst.get("index").asInt();
                categoryOf[k] = inst.get("category_id").asInt();
                long pixels = countOf(ids, k);
                assertEquals(pixels, inst.get("visible_pixels").asLong());
                if (inst.get("annotation_id").isNull()) {
                    assertEquals(0, pixels, "an instance without annotation has no pixel");
                    continue;
                }
                CocoAnnotation a = anns.remove(inst.get("annotation_id").asLong());
                assertNotNull(a, "annotation " + inst.get("annotation_id"));
                boolean[] mask = CocoRle.decode(a.segmentation());
                for (int p = 0; p < ids.length; p++) assertEquals(ids[p] == k, mask[p], "pixel " + p + " of instance " + k);
                assertEquals(pixels, a.area());
                assertEquals(CocoRle.bbox(a.segmentation()).orElseThrow(), a.bbox());
                assertEquals(inst.get("category_id").asInt(), a.categoryId());
                checked++;
            }
            assertTrue(anns.isEmpty(), "every annotation belongs to an instance");
            for (int p = 0; p < ids.length; p++) {
                assertTrue(ids[p] < categoryOf.length, "only known instance ids");
                assertEquals(categoryOf[ids[p]], sem[p], "semantic mask = category of the instance");
            }
        }
        assertTrue(checked >= FRAMES, "expected visible instances, got " + checked);
    }

    /**
     * The recorded matrices are the ones the renderer used: projecting the asset's vertices with model_to_world,
     * world_to_camera and K gives a box that contains every visible pixel of the instance (to within a pixel).
     */
    @Test
    void recordedPosesProjectOntoTheVisiblePixels() throws Exception {
        AssetLibrary assets = new AssetLibrary();
        for (FrameLabel f : DatasetReader.open(out).records()) {
            int[] ids = gray16(out.resolve("masks/instance/" + f.fileName()));
            int w = f.camera().width();
            for (InstanceLabel inst : f.instances()) {
                double[] m2c = multiply(f.camera().worldToCamera(), inst.pose().modelToWorld());
                double[] box = projectedEdgeBox(assets, f, inst, m2c);
                for (int p = 0; p < ids.length; p++) {
                    if (ids[p] != inst.index()) continue;
                    double x = p % w + 0.5, y = p / w + 0.5;   // pixel centre, edge coordinates
                    assertTrue(x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1,
                            "frame " + f.frame() + " instance " + inst.index() + " pixel " + p + " outside projected box");
                }
            }
        }
    }

    /** Row-major 4x4 product a * b. */
    static double[] multiply(double[] a, double[] b) {
        double[] c = new double[16];
        for (int r = 0; r < 4; r++)
            for (int col = 0; col < 4; col++)
                for (int k = 0; k < 4; k++) c[r * 4 + col] += a[r * 4 + k] * b[k * 4 + col];
        return c;
    }

    /**
     * The box [x0, y0, x1, y1] in pixel-edge coordinates of the asset's vertices projected with a row-major
     * model-to-camera matrix and the frame's intrinsics, skipping vertices behind the camera.
     */
    static double[] projectedEdgeBox(AssetLibrary assets, FrameLabel f, InstanceLabel inst, double[] m) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Path asset = CliRun.defaultScene().getParent().resolve(inst.asset());
        for (MeshData mesh : assets.model(asset).meshes()) {
            float[] p = mesh.positions();
            for (int i = 0; i < p.length; i += 3) {
                double cx = m[0] * p[i] + m[1] * p[i + 1] + m[2] * p[i + 2] + m[3];
                double cy = m[4] * p[i] + m[5] * p[i + 1] + m[6] * p[i + 2] + m[7];
                double cz = m[8] * p[i] + m[9] * p[i + 1] + m[10] * p[i + 2] + m[11];
                if (cz <= 0) continue;
                double u = f.camera().fx() * cx / cz + f.camera().cx() + 0.5, v = f.camera().fy() * cy / cz + f.camera().cy() + 0.5;
                box[0] = Math.min(box[0], u);
                box[1] = Math.min(box[1], v);
                box[2] = Math.max(box[2], u);
                box[3] = Math.max(box[3], v);
            }
        }
        return box;
    }

    /** Visible pixels are a subset of the amodal ones; counts, boxes and visibility agree with the masks. */
    @Test
    void amodalLabelsContainTheVisibleOnes() throws Exception {
        int unoccluded = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                MasksLabel masks = inst.masks();
                if (masks.visible().pixels() == 0) continue;
                boolean[] vis = CocoRle.decode(masks.visible().rle()), amo = CocoRle.decode(masks.amodal().rle());
                for (int p = 0; p < vis.length; p++) assertTrue(!vis[p] || amo[p], "visible pixel outside the amodal mask");
                PixelBox v = masks.visible().box(), a = masks.amodal().box();
                assertTrue(v.x() >= a.x() && v.y() >= a.y() && v.x() + v.w() <= a.x() + a.w() && v.y() + v.h() <= a.y() + a.h());
                assertEquals((double) masks.visible().pixels() / masks.amodal().pixels(), inst.visibility().visibility(),
                        1e-12);
                if (inst.visibility().visibility() == 1.0 && inst.visibility().truncation() == 0.0) {
                    assertEquals(a, v, "unoccluded, untruncated: amodal box == visible box");
                    unoccluded++;
                }
            }
        }
        assertTrue(unoccluded > 0, "the default scene has unoccluded instances");
    }

    /**
     * The asset's vertices, projected with the recorded model_to_camera and K, land on the amodal box within one
     * pixel for every instance whose projection lies inside the image.
     */
    @Test
    void projectedVerticesLandOnTheAmodalBox() throws Exception {
        AssetLibrary assets = new AssetLibrary();
        int checked = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                double[] box = projectedEdgeBox(assets, f, inst, inst.pose().modelToCamera());
                double x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
                PixelBox a = inst.masks().amodal().box();
                if (x0 < 0 || y0 < 0 || x1 > f.camera().width() || y1 > f.camera().height() || a == null) continue;
                assertEquals(x0, a.x(), 1.0);
                assertEquals(y0, a.y(), 1.0);
                assertEquals(x1, a.x() + a.w(), 1.0);
                assertEquals(y1, a.y() + a.h(), 1.0);
                assertEquals(0.0, inst.visibility().truncation());
                checked++;
            }
        }
        assertTrue(checked > 5, "checked " + checked);
    }

    /** Depth and normals cover exactly the pixels some instance covers. */
    @Test
    void depthAndNormalsCoverExactlyTheObjects() throws Exception {
        for (int i = 0; i < FRAMES; i++) {
            String n = String.format("%06d.png", i);
            int[] ids = gray16(out.resolve("masks/instance/" + n));
            int[] depth = gray16(out.resolve("depth/" + n));
            BufferedImage normals = ImageIO.read(out.resolve("normals/" + n).toFile());
            for (int p = 0; p < ids.length; p++) {
                int rgb = normals.getRGB(p % normals.getWidth(), p / normals.getWidth()) & 0xffffff;
                assertEquals(ids[p] == 0, depth[p] == 0, "depth at pixel " + p);
                assertEquals(ids[p] == 0, rgb == 0, "normal at pixel " + p);
                if (ids[p] != 0) assertTrue(depth[p] > 500 && depth[p] < 20000, "depth in mm within the orbit: " + depth[p]);
            }
        }
    }

    /** {@code mirage export --format coco} rebuilds the rendered COCO file byte for byte from the frame records. */
    @Test
    void exportedCocoEqualsTheRenderedOne() throws Exception {
        Path target = tmp.resolve("export-coco");
        CliRun r = CliRun.of("export", out.toString(), "--format", "coco", "--out", target.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("annotations/instances.json")),
                Files.readAllBytes(target.resolve("annotations/instances.json")));
        for (String format : List.of("yolo", "voc", "kitti", "bop"))
            assertEquals(0, CliRun.of("export", out.toString(), "--format", format, "--out", tmp.resolve(format).toString()).exitCode());
        assertEquals(2, CliRun.of("export", out.toString(), "--format", "pascal").exitCode());
    }

    static long countOf(int[] ids, int k) {
        long n = 0;
        for (int v : ids) if (v == k) n++;
        return n;
    }

    static int[] gray16(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_USHORT_GRAY, img.getType(), png + " is 16-bit grey");
        Raster r = img.getRaster();
        int[] out = new int[img.getWidth() * img.getHeight()];
        r.getSamples(0, 0, img.getWidth(), img.getHeight(), 0, out);
        return out;
    }
}
