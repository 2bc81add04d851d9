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
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoReader;
import mirage.annotators.rle.CocoRle;
import mirage.assets.AssetLibrary;
import mirage.assets.MeshData;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector4f;
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
        for (int i = 0; i < FRAMES; i++) {
            String n = String.format("%06d", i);
            JsonNode frame = JSON.readTree(out.resolve("frames/" + n + ".json").toFile());
            JsonNode cam = frame.get("camera");
            Matrix4f w2c = matrix(cam.get("world_to_camera"));
            int[] ids = gray16(out.resolve("masks/instance/" + n + ".png"));
            int w = cam.get("width").asInt();
            for (JsonNode inst : frame.get("instances")) {
                Matrix4f m2c = new Matrix4f(w2c).mul(matrix(inst.get("model_to_world")));
                Path asset = CliRun.defaultScene().getParent().resolve(inst.get("asset").asText());
                double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                for (MeshData mesh : assets.model(asset).meshes()) {
                    float[] p = mesh.positions();
                    for (int v = 0; v < p.length; v += 3) {
                        Vector4f c = m2c.transform(new Vector4f(p[v], p[v + 1], p[v + 2], 1));
                        if (c.z <= 0) continue;
                        double u = cam.get("fx").asDouble() * c.x / c.z + cam.get("cx").asDouble();
                        double vv = cam.get("fy").asDouble() * c.y / c.z + cam.get("cy").asDouble();
                        box[0] = Math.min(box[0], u); box[1] = Math.min(box[1], vv);
                        box[2] = Math.max(box[2], u); box[3] = Math.max(box[3], vv);
                    }
                }
                int k = inst.get("index").asInt();
                for (int p = 0; p < ids.length; p++) {
                    if (ids[p] != k) continue;
                    int x = p % w, y = p / w;
                    assertTrue(x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1,
                            "frame " + i + " instance " + k + " pixel (" + x + "," + y + ") outside projected box");
                }
            }
        }
    }

    static Matrix4f matrix(JsonNode rows) {
        Matrix4f m = new Matrix4f();
        for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) m.set(c, r, (float) rows.get(r).get(c).asDouble());
        return m;
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
