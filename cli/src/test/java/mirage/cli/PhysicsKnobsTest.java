package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Physics settling with every other knob: the bundled randomization example (splits, class balance, materials,
 * textures, procedural patterns, three light types with shadows, background photos, distractors of shapes and of a
 * model folder, occluders, effects), lit by an environment map too, with {@code placement.physics} instead of collision-free sampling and
 * every entry dropped over its support. Distractors are settled too; the labels pass the independent checks; and a
 * sweep over a physics knob renders one dataset per value.
 */
class PhysicsKnobsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLE = CliRun.repo().resolve("examples/default");
    static final String SUPPORT = "support: {height: -0.8, min: [-1.6, -1.6], max: [1.6, 1.6]}";

    @TempDir
    Path tmp;

    /** randomization.yaml, small, with physics; assets resolved against the example's folder. */
    static String physicsSpec() throws Exception {
        String s = Files.readString(EXAMPLE.resolve("randomization.yaml"));
        s = replace(s, "image: {width: 640, height: 480}", "image: {width: 128, height: 96}");
        s = replace(s, "frames: 16", "frames: 2");
        s = replace(s, "frames: 8", "frames: 1");
        s = replace(s, "class_balance.targets: {character: 12, coin: 12, flag: 12, platform: 8}",
                "class_balance.targets: {character: 1, coin: 1, flag: 1, platform: 1}");
        s = replace(s, "targets: {character: 24, coin: 24, flag: 24, platform: 16}",
                "targets: {character: 2, coin: 2, flag: 2, platform: 2}");
        s = replace(s, "placement: {collision_free: true, max_tries: 200, on_failure: drop}",
                "placement: {physics: {drop_height: {uniform: [0.05, 0.3]}, friction: {uniform: [0.4, 0.9]}, max_steps: 1200}}");
        s = s.replace("position: {min: [-1.6, -0.5, -1.6], max: [1.6, 0.8, 1.6]}", SUPPORT);
        s = replace(s, "position: {min: [-2.2, -0.6, -2.2], max: [2.2, 1.2, 2.2]}", "support: {height: -0.8, min: [-2.2, -2.2], max: [2.2, 2.2]}");
        s = replace(s, "  jpeg_quality: {int_uniform: [75, 95]}\n", "");   // LabelChecks reads PNG frames
        s += "environment: {hdri_folder: assets/hdri, intensity: {uniform: [0.5, 1.5]}, visible: false}\n";
        return s.replace("assets/", EXAMPLE.resolve("assets") + "/");
    }

    static String replace(String s, String from, String to) {
        assertTrue(s.contains(from), "randomization.yaml no longer has " + from);
        return s.replace(from, to);
    }

    @Test
    void settlingWorksWithSplitsMaterialsLightsBackgroundsDistractorsOccludersAndEffects() throws Exception {
        Path spec = Files.writeString(tmp.resolve("physics.yaml"), physicsSpec());
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("render", spec.toString(), "--out", out.toString(), "--no-progress", "--workers", "1",
                "--allow-root", EXAMPLE.toString());
        assertEquals(0, r.exitCode(), r.err());
        Set<String> splits = new HashSet<>();
        int settledProps = 0;
        List<Path> records = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve("frames"))) {
            s.sorted().forEach(records::add);
        }
        assertEquals(3, records.size());
        for (Path f : records) {
            JsonNode rec = JSON.readTree(f.toFile());
            splits.add(rec.get("split").asText());
            assertTrue(rec.get("scene").has("hdr"), "environment lighting on");
            JsonNode physics = rec.get("scene").get("physics");
            for (JsonNode body : physics.get("bodies")) {
                if (body.has("prop")) settledProps++;
                if (body.has("left_out")) continue;
                assertTrue(body.get("rests_on").size() > 0 || body.get("moving").asBoolean(), "a body at rest rests on something: " + body);
            }
        }
        assertEquals(Set.of("train", "val"), splits);
        assertTrue(settledProps > 0, "distractors are settled");
        LabelChecks checks = new LabelChecks(out, EXAMPLE);
        assertTrue(checks.cocoMasksEqualTheInstancePngPixels() > 0);
        checks.recordedPosesProjectOntoTheVisiblePixels();
    }

    @Test
    void aSweepOverAPhysicsKnobRendersOneDatasetPerValue() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), physicsSpec().replace("frames: 2", "frames: 1"));
        Path sweep = Files.writeString(tmp.resolve("sweep.yaml"), """
                base: base.yaml
                axes:
                  - field: placement.physics.friction
                    name: friction
                    values: [0.2, 1.0]
                """);
        Path out = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", sweep.toString(), "--out", out.toString(), "--no-progress", "--workers", "1",
                "--allow-root", EXAMPLE.toString(), "--allow-root", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String variant : List.of("friction-0.2", "friction-1.0")) {
            try (Stream<Path> s = Files.list(out.resolve(variant).resolve("frames"))) {
                for (Path f : s.toList()) {
                    JsonNode rec = JSON.readTree(f.toFile());
                    for (JsonNode body : rec.get("scene").get("physics").get("bodies"))
                        assertEquals(Double.parseDouble(variant.substring("friction-".length())), body.get("friction").asDouble());
                }
            }
        }
    }
}
