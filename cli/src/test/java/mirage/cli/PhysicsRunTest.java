package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mirage.assets.AssetLibrary;
import mirage.core.geom.check.MeshProximity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with {@code placement.physics} end to end: parts dropped into a bin come down and lie on the floor or on each
 * other (never below the floor), the record tells what settling drew and did, and the files are byte-identical with
 * 1 or 4 workers and with {@code --only}.
 */
class PhysicsRunTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final double FLOOR_TOP = 0.012;
    @TempDir
    static Path tmp;
    static Path spec;
    static Path one;

    @BeforeAll
    static void render() throws Exception {
        Path parts = CliRun.repo().resolve("examples/bin-picking/assets/parts");
        spec = Files.writeString(tmp.resolve("bin.yaml"), """
                seed: 5
                frames: 3
                image: {width: 96, height: 64}
                camera:
                  fov_deg: 40
                  orbit: {target: [0, 0.05, 0], distance: 1.0, elevation_deg: 75, azimuth_deg: {uniform: [0, 360]}}
                objects:
                  - {asset: "%s", category: bracket, count: 3, fit_size: 0.08}
                  - {asset: "%s", category: key, count: 3, fit_size: 0.07, collision: box}
                placement:
                  physics:
                    drop_height: {uniform: [0.01, 0.05]}
                    max_steps: 900
                    bin: {size: [0.25, 0.1, 0.2], wall: 0.012, material: {base_color: [0.2, 0.3, 0.5]}}
                """.formatted(parts.resolve("bracket.stl"), parts.resolve("key.stl")));
        one = render("one", "--workers", "1");
    }

    static Path render(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    static List<JsonNode> records(Path out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve("frames"))) {
            for (Path f : s.sorted().toList()) list.add(JSON.readTree(f.toFile()));
        }
        return list;
    }

    @Test
    void partsComeDownOntoTheFloorOrEachOtherAndTheRecordSaysHow() throws Exception {
        AssetLibrary assets = new AssetLibrary(List.of(CliRun.repo().resolve("examples")));
        for (JsonNode rec : records(one)) {
            JsonNode physics = rec.get("scene").get("physics");
            assertEquals(6, physics.get("bodies").size());
            assertTrue(physics.get("steps").asInt() >= 1 && physics.get("steps").asInt() <= 900);
            for (int k = 0; k < 6; k++) {
                JsonNode body = physics.get("bodies").get(k);
                JsonNode inst = rec.get("instances").get(k);
                assertEquals(k + 1, body.get("instance").asInt());
                assertEquals(k < 3 ? "hull" : "box", body.get("collision").asText());
                assertTrue(body.get("mass").asDouble() > 0);
                var mesh = PhysicsPileTest.mesh(assets.model(tmp.resolve(inst.get("asset").asText()).normalize()),
                        PhysicsPileTest.matrix(inst.get("model_to_world")));
                double low = MeshProximity.lowestPoint(mesh).y;
                assertTrue(low >= FLOOR_TOP - 0.002, "frame " + rec.get("frame") + " instance " + (k + 1) + " sank below the floor: " + low);
                assertTrue(low <= FLOOR_TOP + 0.1, "instance " + (k + 1) + " came down: " + low);
                if (body.get("rests_on").isEmpty()) continue;
                for (JsonNode on : body.get("rests_on"))
                    assertTrue(on.isInt() ? on.asInt() != k + 1 : on.asText().equals("bin") || on.asText().equals("ground"), on.toString());
            }
        }
    }

    /** SIGKILLed after its first settled frame, then resumed: every file equals the uninterrupted run's. */
    @Test
    void aKilledRunResumesToTheSameFiles() throws Exception {
        Path out = tmp.resolve("killed");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "-Dmirage.home=" + CliRun.repo(), Main.class.getName(), "render", spec.toString(), "--out",
                out.toString(), "--no-progress", "--workers", "1", "--allow-root", CliRun.repo().resolve("examples").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        boolean killed = KillAndResumeTest.waitForFrames(out, p, 1, tmp.resolve("killed.log")) && p.isAlive();
        p.destroyForcibly();   // SIGKILL
        p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(killed, "the run was killed with frames still to do");
        assertTrue(KillAndResumeTest.frameCount(out) < 3, "killed before the end");
        render("killed", "--workers", "1");
        KillAndResumeTest.assertSameFiles(one, out);
    }

    @Test
    void sameBytesWithFourWorkersAndWithOnly() throws Exception {
        Path four = render("four", "--workers", "4");
        Path only = render("only", "--only", "1");
        for (String dir : List.of("images", "masks/instance", "frames"))
            try (Stream<Path> s = Files.list(one.resolve(dir))) {
                for (Path f : s.sorted().toList()) {
                    byte[] expected = Files.readAllBytes(f);
                    assertArrayEquals(expected, Files.readAllBytes(four.resolve(dir).resolve(f.getFileName())), f.toString());
                    if (f.getFileName().toString().startsWith("000001"))
                        assertArrayEquals(expected, Files.readAllBytes(only.resolve(dir).resolve(f.getFileName())), f.toString());
                }
            }
    }
}
