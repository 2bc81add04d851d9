package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad specs and broken assets end in one clear error (file, field, problem), exit code 1, and no output at all.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    String spec(String frames, String width, String asset, String extra) {
        return """
                seed: 3
                frames: %s
                image: {width: %s, height: 48}
                camera:
                  fov_deg: 45
                  orbit: {distance: 3}
                objects:
                  - asset: %s
                    category: coin
                %s""".formatted(frames, width, asset, extra);
    }

    /** The bundled coin model, copied beside the spec (specs may only name files in their folder). */
    String coin() throws IOException {
        Path models = CliRun.defaultScene().getParent().resolve("assets/models");
        Path copy = Files.createDirectories(tmp.resolve("models/Textures"));
        Files.copy(models.resolve("coin.glb"), copy.getParent().resolve("coin.glb"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(models.resolve("Textures/colormap.png"), copy.resolve("colormap.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return "models/coin.glb";
    }

    /** Renders a spec that must fail; returns stderr after checking exit code, one message, and no output. */
    String failingRender(String yaml) throws IOException {
        Path file = tmp.resolve("scene.yaml");
        Files.writeString(file, yaml);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("render", file.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r.exitCode(), r.err());
        assertFalse(Files.exists(out), "no output may be written");
        assertTrue(r.err().startsWith("mirage: error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        return r.err();
    }

    @Test
    void theValidSpecRenders() throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, spec("2", "64", coin(), ""));
        assertEquals(0, CliRun.of("validate", file.toString()).exitCode());
        CliRun r = CliRun.of("render", file.toString(), "--out", tmp.resolve("ok").toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void pathOutsideTheSpecFolderIsRefusedUnlessAllowed() throws IOException {
        Path bundled = CliRun.defaultScene().getParent().resolve("assets/models/coin.glb");
        String err = failingRender(spec("2", "64", bundled.toString(), ""));
        assertTrue(err.contains("scene.yaml:8:") && err.contains("objects[0].asset") && err.contains("outside"), err);
        Path file = tmp.resolve("scene.yaml");
        CliRun r = CliRun.of("validate", file.toString(), "--allow-root", bundled.getParent().toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void escapeWithDotDotIsRefused() throws IOException {
        coin();
        String err = failingRender(spec("2", "64", "models/../../etc/passwd.glb", ""));
        assertTrue(err.contains("objects[0].asset") && err.contains("outside"), err);
    }

    @Test
    void unknownKey() throws IOException {
        String err = failingRender(spec("2", "64", coin(), "framez: 4\n"));
        assertTrue(err.contains("scene.yaml:10:") && err.contains("framez"), err);
    }

    @Test
    void wrongType() throws IOException {
        String err = failingRender(spec("ten", "64", coin(), ""));
        assertTrue(err.contains("scene.yaml:2:") && err.contains("frames"), err);
    }

    @Test
    void missingAsset() throws IOException {
        String err = failingRender(spec("2", "64", "models/nowhere.glb", ""));
        assertTrue(err.contains("scene.yaml:8:") && err.contains("objects[0].asset") && err.contains("nowhere.glb"), err);
    }

    @Test
    void negativeFrameCount() throws IOException {
        String err = failingRender(spec("-1", "64", coin(), ""));
        assertTrue(err.contains("scene.yaml:2:") && err.contains("frames"), err);
    }

    @Test
    void absurdImageWidth() throws IOException {
        String err = failingRender(spec("2", "100000", coin(), ""));
        assertTrue(err.contains("scene.yaml:3:") && err.contains("image.width") && err.contains("100000"), err);
    }

    @Test
    void malformedYaml() throws IOException {
        String err = failingRender("frames: [1, 2\nimage: {");
        assertTrue(err.contains("scene.yaml"), err);
    }

    @Test
    void brokenAssetFile() throws IOException {
        Path broken = tmp.resolve("broken.glb");
        Files.write(broken, new byte[] {'g', 'l', 'T', 'F', 2, 0, 0, 0, (byte) 200, 0, 0, 0, 1, 2, 3});
        String err = failingRender(spec("2", "64", broken.toString(), ""));
        assertTrue(err.contains("broken.glb"), err);
    }

    @Test
    void garbageAssetFile() throws IOException {
        Path broken = tmp.resolve("garbage.obj");
        Files.writeString(broken, "this is not a mesh\n\u0000\u0001\u0002");
        String err = failingRender(spec("2", "64", broken.toString(), ""));
        assertTrue(err.contains("garbage.obj"), err);
    }

    @Test
    void corruptBackgroundImage() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("bg"));
        Files.writeString(folder.resolve("photo.jpg"), "not a jpeg");
        String err = failingRender(spec("2", "64", coin(), "background: {image_folder: " + folder + "}\n"));
        assertTrue(err.contains("photo.jpg"), err);
    }

    @Test
    void nonEmptyOutputFolderIsRefused() throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, spec("1", "64", coin(), ""));
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun r = CliRun.of("render", file.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void badCommandLineIsAUsageError() {
        assertEquals(2, CliRun.of("render", "--frames", "3").exitCode());   // --out missing
        assertEquals(2, CliRun.of("render", "--out", "x", "--gl-device", "quantum").exitCode());
    }
}
