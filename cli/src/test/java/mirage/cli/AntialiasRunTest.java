package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import mirage.core.image.AntialiasEdges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render.antialias} end to end on the bench's reference scene (8-bit pipeline: photo backgrounds, textures,
 * shadows) and on the bundled default scene (HDR pipeline: environment maps, a sun, a shadow catcher, settled objects): with anti-aliasing off and on, masks, depth, normals, COCO and the frame records (but
 * for the record's {@code scene.antialias}) are byte for byte the same; every RGB pixel that changes does so near an
 * edge ({@link AntialiasEdges} states the rule), but for a few pixels of sub-pixel detail ({@link #SUB_PIXEL_DETAIL});
 * the independent label checks pass; the bytes are the same with 2
 * workers and 2 GL contexts.
 */
class AntialiasRunTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLE = CliRun.repo().resolve("examples/default");
    /**
     * Pixels per frame (0.25% of 160 x 120) that may change away from any edge the single-sampled frame shows: detail
     * thinner than a pixel that no pixel centre hits (a thin part or a coplanar decal of a model, a thin line in a
     * photo background) appears only with anti-aliasing. Such a pixel lies inside one instance's mask or inside the
     * background (no mask edge within 1 px: the rule checks that), so the masks still describe it.
     * AntialiasRenderTest's scene has no such detail and holds every pixel to the rule.
     */
    static final int SUB_PIXEL_DETAIL = 160 * 120 / 400;
    @TempDir
    static Path tmp;

    /** The example {@code file}, 2 frames of 160 x 120, without its own {@code render} block, then {@code render}. */
    static String spec(String file, String frames, String render) throws Exception {
        String s = Files.readString(EXAMPLE.resolve(file));
        for (String from : List.of(frames, "image: {width: 640, height: 480}"))
            assertTrue(s.contains(from), file + " no longer has " + from);
        s = s.replace(frames, "frames: 2").replace("image: {width: 640, height: 480}", "image: {width: 160, height: 120}");
        s = s.replaceAll("(?m)^render:.*\n(?:  .*\n)*", "");   // the block, with its indented lines
        return s.replace("assets/", EXAMPLE.resolve("assets") + "/") + render;
    }

    /** The reference scene (8-bit unless {@code render} asks for the HDR pipeline). */
    static String spec(String render) throws Exception {
        return spec("bench.yaml", "frames: 100", render);
    }

    static Path render(String name, String render, String... extra) throws Exception {
        return EnvironmentRunTest.render(tmp, name, spec(render), tmp.resolve(name), extra);
    }

    /** The default scene, HDR, with {@code render}. */
    static Path renderDefault(String name, String render, String... extra) throws Exception {
        return EnvironmentRunTest.render(tmp, name, spec("scene.yaml", "frames: 24", render), tmp.resolve(name), extra);
    }

    @Test
    void onlyTheRgbChangesInThe8BitPipeline() throws Exception {
        Path off = render("off", "");
        for (String mode : List.of("msaa4", "ssaa4")) assertOnlyRgbChanges(off, render(mode, "render: {antialias: " + mode + "}\n"), mode);
        new LabelChecks(tmp.resolve("msaa4"), EXAMPLE).cocoMasksEqualTheInstancePngPixels();
        LabelChecks checks = new LabelChecks(tmp.resolve("ssaa4"), EXAMPLE);
        checks.recordedPosesProjectOntoTheVisiblePixels();
        assertTrue(checks.projectedVerticesLandOnTheAmodalBox() > 0);
        assertTrue(checks.amodalLabelsContainTheVisibleOnes() > 0);
    }

    @Test
    void onlyTheRgbChangesInTheHdrPipeline() throws Exception {
        Path off = renderDefault("hdr-off", "render: {tonemap: aces}\n");
        Path on = renderDefault("hdr-ssaa2", "render: {tonemap: aces, antialias: ssaa2}\n");
        assertOnlyRgbChanges(off, on, "ssaa2, HDR");
        assertOnlyRgbChanges(off, renderDefault("hdr-msaa4", "render: {tonemap: aces, antialias: msaa4}\n"), "msaa4, HDR");
        Path two = renderDefault("hdr-ssaa2-two", "render: {tonemap: aces, antialias: ssaa2}\n", "--workers", "2", "--gl-contexts", "2");
        for (String dir : List.of("images", "frames", "masks/instance"))
            for (Path f : KillAndResumeTest.files(on.resolve(dir)))
                assertArrayEquals(Files.readAllBytes(on.resolve(dir).resolve(f)), Files.readAllBytes(two.resolve(dir).resolve(f)), "2 contexts: " + dir + "/" + f);
    }

    @Test
    void aModeTheDriverLacksStopsTheRunBeforeAnythingIsWritten() throws Exception {
        Path file = Files.writeString(tmp.resolve("msaa8.yaml"), spec("render: {antialias: msaa8}\n"));
        Path out = tmp.resolve("msaa8");
        CliRun r = CliRun.of("render", file.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString(), "--frames", "1");
        if (r.exitCode() == 0) return;   // a driver with 8 samples per pixel renders it
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().matches("(?s).*antialias msaa8 needs 8 samples per pixel; this driver allows \\d+.*"), r.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    static void assertOnlyRgbChanges(Path off, Path on, String what) throws Exception {
        for (String dir : List.of("masks/instance", "masks/semantic", "depth", "normals", "annotations"))
            for (Path f : KillAndResumeTest.files(off.resolve(dir)))
                assertArrayEquals(Files.readAllBytes(off.resolve(dir).resolve(f)), Files.readAllBytes(on.resolve(dir).resolve(f)), what + ": " + dir + "/" + f);
        int changed = 0;
        for (String frame : List.of("000000", "000001")) {
            JsonNode a = JSON.readTree(off.resolve("frames/" + frame + ".json").toFile());
            ObjectNode b = (ObjectNode) JSON.readTree(on.resolve("frames/" + frame + ".json").toFile());
            assertEquals(what.substring(0, 5), ((ObjectNode) b.get("scene")).remove("antialias").asText(), "recorded");
            assertEquals(a, b, what + ": the record of frame " + frame + " but for scene.antialias");
            int[] ids = LabelChecks.gray16(off.resolve("masks/instance/" + frame + ".png"));
            int[] offRgb = rgb(off.resolve("images/" + frame + ".png")), onRgb = rgb(on.resolve("images/" + frame + ".png"));
            List<String> bad = AntialiasEdges.violations(160, 120, ids, offRgb, onRgb);
            assertTrue(bad.size() <= SUB_PIXEL_DETAIL, what + ", frame " + frame + ": changed away from any edge at " + bad);
            changed += AntialiasEdges.changed(offRgb, onRgb);
        }
        assertTrue(changed > 100, what + ": the edges change, " + changed + " pixels");
    }

    static int[] rgb(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int[] out = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xFFFFFF;
        return out;
    }
}
