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

    static LabelChecks checks() {
        return new LabelChecks(out, CliRun.defaultScene().getParent());
    }

    /** Every COCO mask equals its instance's pixels in the instance PNG; box and area come from the same pixels. */
    @Test
    void cocoMasksEqualTheInstancePngPixels() throws Exception {
        CocoDataset coco = new CocoReader().read(out.resolve("annotations/instances.json"));
        assertEquals(FRAMES, coco.images().size());
        assertEquals(List.of("character", "coin", "flag", "platform"), coco.categories().stream().map(c -> c.name()).toList());
        int checked = checks().cocoMasksEqualTheInstancePngPixels();
        assertTrue(checked >= FRAMES, "expected visible instances, got " + checked);
    }

    /**
     * The recorded matrices are the ones the renderer used: projecting the asset's vertices with model_to_world,
     * world_to_camera and K gives a box that contains every visible pixel of the instance (to within a pixel).
     */
    @Test
    void recordedPosesProjectOntoTheVisiblePixels() throws Exception {
        checks().recordedPosesProjectOntoTheVisiblePixels();
    }

    /** Visible pixels are a subset of the amodal ones; counts, boxes and visibility agree with the masks. */
    @Test
    void amodalLabelsContainTheVisibleOnes() {
        assertTrue(checks().amodalLabelsContainTheVisibleOnes() > 0, "the default scene has unoccluded instances");
    }

    /**
     * The asset's vertices, projected with the recorded model_to_camera and K, land on the amodal box within one
     * pixel for every instance whose projection lies inside the image.
     */
    @Test
    void projectedVerticesLandOnTheAmodalBox() {
        int checked = checks().projectedVerticesLandOnTheAmodalBox();
        assertTrue(checked > 5, "checked " + checked);
    }

    /** Depth and normals cover exactly the pixels some instance covers. */
    @Test
    void depthAndNormalsCoverExactlyTheObjects() throws Exception {
        checks().depthAndNormalsCoverExactlyTheObjects(500, 20000);
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
}
