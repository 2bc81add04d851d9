package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HDR pipeline and environment lighting end to end, on a bundled map: the RGB changes and the record says what
 * was drawn, but masks, depth, normals and every label of the record are byte for byte those of the same spec
 * without it; the files are the same with 1 and 2 workers and GL contexts, and with {@code --only}; a broken map fails the run before anything is written.
 */
class EnvironmentRunTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = """
            seed: 3
            frames: 2
            image: {width: 96, height: 64}
            camera:
              fov_deg: 50
              orbit: {target: [0, 0, 0], distance: 3, elevation_deg: {uniform: [5, 40]}, azimuth_deg: {uniform: [0, 360]}, roll_deg: {uniform: [-20, 20]}}
            objects:
              - {asset: "%s", category: character, count: 2, fit_size: 0.9, position: {min: [-0.8, -0.4, -0.8], max: [0.8, 0.4, 0.8]}}
            ambient: 0.2
            """;
    static final String HDR = """
            environment: {hdri_folder: "%s", rotation_deg: {uniform: [0, 360]}, intensity: {uniform: [0.8, 1.2]}}
            render: {tonemap: aces}
            """;
    @TempDir
    static Path tmp;
    static Path maps;
    static Path plain;
    static Path lit;

    @BeforeAll
    static void render() throws Exception {
        Path model = CliRun.repo().resolve("examples/default/assets/models/character.glb");
        maps = Files.createDirectories(tmp.resolve("maps"));
        Files.copy(CliRun.repo().resolve("examples/default/assets/hdri/royal_esplanade_1k.hdr"), maps.resolve("royal_esplanade_1k.hdr"));
        plain = render("plain", BASE.formatted(model), "--workers", "1");
        lit = render("lit", BASE.formatted(model) + HDR.formatted(maps), "--workers", "1");
    }

    static Path render(String name, String spec, String... extra) throws Exception {
        Path file = Files.writeString(tmp.resolve(name + ".yaml"), spec);
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("render", file.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString(), "--allow-root", tmp.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void labelsAreThoseOfTheSameSceneWithoutIt() throws Exception {
        for (String dir : List.of("masks/instance", "masks/semantic", "depth", "normals"))
            for (Path f : KillAndResumeTest.files(plain.resolve(dir)))
                assertArrayEquals(Files.readAllBytes(plain.resolve(dir).resolve(f)), Files.readAllBytes(lit.resolve(dir).resolve(f)), dir + "/" + f);
        for (String frame : List.of("000000", "000001")) {
            assertFalse(Arrays.equals(Files.readAllBytes(plain.resolve("images/" + frame + ".png")),
                    Files.readAllBytes(lit.resolve("images/" + frame + ".png"))), "the RGB changes");
            JsonNode a = JSON.readTree(plain.resolve("frames/" + frame + ".json").toFile());
            ObjectNode b = (ObjectNode) JSON.readTree(lit.resolve("frames/" + frame + ".json").toFile());
            JsonNode hdr = ((ObjectNode) b.get("scene")).remove("hdr");
            assertEquals("aces", hdr.get("tonemap").asText());
            assertEquals(0.0, hdr.get("exposure_ev").asDouble());
            JsonNode env = hdr.get("environment");
            assertTrue(env.get("map").asText().endsWith("royal_esplanade_1k.hdr"), env.toString());
            assertTrue(env.get("intensity").asDouble() >= 0.8 && env.get("intensity").asDouble() <= 1.2);
            assertTrue(env.get("visible").asBoolean());
            for (String part : List.of("instances", "camera", "scene"))
                assertEquals(a.get(part), b.get(part), part + " of frame " + frame);
        }
    }

    @Test
    void sameBytesWithTwoWorkersAndContextsAndWithOnly() throws Exception {
        Path model = CliRun.repo().resolve("examples/default/assets/models/character.glb");
        Path two = render("two", BASE.formatted(model) + HDR.formatted(maps), "--workers", "2", "--gl-contexts", "2");
        Path only = render("only", BASE.formatted(model) + HDR.formatted(maps), "--only", "1");
        for (String dir : List.of("images", "frames"))
            for (Path f : KillAndResumeTest.files(lit.resolve(dir))) {
                byte[] expected = Files.readAllBytes(lit.resolve(dir).resolve(f));
                assertArrayEquals(expected, Files.readAllBytes(two.resolve(dir).resolve(f)), dir + "/" + f);
                if (f.toString().startsWith("000001"))
                    assertArrayEquals(expected, Files.readAllBytes(only.resolve(dir).resolve(f)), "--only: " + dir + "/" + f);
            }
    }

    @Test
    void aBrokenMapFailsTheRunBeforeAnythingIsWritten() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("sky.exr"), new byte[] {0x76, 0x2f, 0x31, 0x01, 2, 0, 0, 0, 'x'});
        Path model = CliRun.repo().resolve("examples/default/assets/models/character.glb");
        Path file = Files.writeString(tmp.resolve("bad.yaml"), BASE.formatted(model) + HDR.formatted(bad));
        Path out = tmp.resolve("bad-out");
        CliRun r = CliRun.of("render", file.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString(), "--allow-root", tmp.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(bad.resolve("sky.exr") + ": has a broken OpenEXR header"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
