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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mirage sweep}: a 3 x 2 grid over a small spec, its report, what a light changes, and a rerun. */
class SweepCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SWEEP = """
            base: spec/scene.yaml
            frames: 2
            axes:
              - field: lights[0].intensity
                values: [1.0, 2.0, 4.0]
              - field: background
                name: bg
                values: [{color: [0.2, 0.3, 0.4]}, {image_folder: %s}]
                labels: [grey, photo]
            """;
    static final List<String> NAMES = List.of("lights-0.intensity-1.0_bg-grey", "lights-0.intensity-1.0_bg-photo",
            "lights-0.intensity-2.0_bg-grey", "lights-0.intensity-2.0_bg-photo", "lights-0.intensity-4.0_bg-grey",
            "lights-0.intensity-4.0_bg-photo");
    @TempDir
    static Path tmp;
    static Path sweep;
    static Path out;

    @BeforeAll
    static void sweep() throws Exception {
        TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 9", "").replace("{width: 80, height: 60}",
                "{width: 64, height: 48}"));
        sweep = Files.writeString(tmp.resolve("sweep.yaml"), SWEEP.formatted(TinyScene.ASSETS.resolve("backgrounds")));
        out = tmp.resolve("out");
        CliRun r = run(sweep);
        assertEquals(0, r.exitCode(), r.err());
    }

    static CliRun run(Path sweepFile) {
        return CliRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--no-progress", "--allow-root",
                TinyScene.ASSETS.toString());
    }

    @Test
    void everyVariantIsACompleteDatasetListedInTheReport() throws Exception {
        JsonNode report = JSON.readTree(out.resolve("sweep.json").toFile());
        List<String> names = new ArrayList<>();
        report.get("variants").forEach(v -> names.add(v.get("variant").asText()));
        assertEquals(NAMES, names);
        for (int i = 0; i < NAMES.size(); i++) {
            JsonNode v = report.get("variants").get(i);
            JsonNode manifest = JSON.readTree(out.resolve(NAMES.get(i)).resolve("dataset.json").toFile());
            assertTrue(manifest.get("complete").asBoolean(), NAMES.get(i));
            assertEquals(2, manifest.get("frames").asInt());
            assertEquals(3, manifest.get("seed").asInt(), "the base spec's seed");
            assertEquals(List.of(1.0, 2.0, 4.0).get(i / 2), v.get("values").get("lights[0].intensity").asDouble());
            assertEquals(i % 2 == 0 ? "color" : "image_folder", v.get("values").get("bg").fieldNames().next());
            assertEquals(NAMES.get(i) + "/", v.get("folder").asText());
            assertTrue(v.get("complete").asBoolean());
            assertEquals(2, v.get("frames").asInt());
            assertEquals(manifest.get("counts").get("annotations"), v.get("annotations"));
            assertEquals(manifest.get("counts").get("instances"), v.get("instances"));
            assertTrue(v.get("frames_per_second").asDouble() > 0);
        }
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("variant,folder,lights[0].intensity,bg,complete,frames,instances,annotations,frames_per_second", csv.get(0));
        assertEquals(7, csv.size());
        assertTrue(csv.get(1).startsWith(NAMES.get(0) + "," + NAMES.get(0) + "/,1.0,\"{\"\"color\"\":[0.2,0.3,0.4]}\",true,2,"),
                csv.get(1));
        assertTrue(csv.get(6).startsWith(NAMES.get(5) + "," + NAMES.get(5) + "/,4.0,\"{\"\"image_folder\"\":"), csv.get(6));
    }

    /** Only the swept light changes: masks and poses are the same frame by frame; the pixels are not. */
    @Test
    void aLightIntensityChangesTheImagesOnly() throws Exception {
        Path dim = out.resolve(NAMES.get(0)), bright = out.resolve(NAMES.get(4));
        boolean imagesDiffer = false;
        for (int i = 0; i < 2; i++) {
            String png = String.format("%06d.png", i);
            for (String masks : List.of("masks/instance/", "masks/semantic/"))
                assertArrayEquals(Files.readAllBytes(dim.resolve(masks + png)), Files.readAllBytes(bright.resolve(masks + png)));
            imagesDiffer |= !java.util.Arrays.equals(Files.readAllBytes(dim.resolve("images/" + png)),
                    Files.readAllBytes(bright.resolve("images/" + png)));
            String record = String.format("frames/%06d.json", i);
            ObjectNode a = (ObjectNode) JSON.readTree(dim.resolve(record).toFile());
            ObjectNode b = (ObjectNode) JSON.readTree(bright.resolve(record).toFile());
            JsonNode lightA = a.get("scene").get("lights").get(0), lightB = b.get("scene").get("lights").get(0);
            for (int c = 0; c < 3; c++)
                assertEquals(4 * lightA.get("radiance").get(c).asDouble(), lightB.get("radiance").get(c).asDouble(), 1e-5);
            for (ObjectNode n : List.of(a, b))
                for (JsonNode light : n.get("scene").get("lights")) ((ObjectNode) light).remove("radiance");
            assertEquals(a, b, record + " without the lights' radiance");
        }
        assertTrue(imagesDiffer, "a brighter light changes the pixels");
    }

    @Test
    void aRerunAfterCompletionRendersNothing() throws Exception {
        Map<Path, FileTime> before = times();
        CliRun r = run(sweep);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(before, times(), "no variant file was written again");
        JsonNode report = JSON.readTree(out.resolve("sweep.json").toFile());
        for (JsonNode v : report.get("variants")) assertTrue(v.get("frames_per_second").asDouble() > 0, "the speeds are kept");
    }

    private static Map<Path, FileTime> times() throws Exception {
        Map<Path, FileTime> t = new HashMap<>();
        for (Path f : TinyScene.files(out))
            if (f.getNameCount() > 1) t.put(f, Files.getLastModifiedTime(out.resolve(f)));
        return t;
    }

    @Test
    void badValuesAreReportedAtTheirLineInTheSweepFile() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), SWEEP.formatted(TinyScene.ASSETS.resolve("backgrounds"))
                .replace("[1.0, 2.0, 4.0]", "[1.0, -2.0]"));
        CliRun r = run(bad);
        assertEquals(Main.EXIT_FAILURE, r.exitCode());
        assertTrue(r.err().contains(bad + ":5:19: axes[0].values[1]: lights[0].intensity: must be >= 0, got -2"), r.err());
        assertFalse(Files.exists(out.resolve("lights-0.intensity--2.0_bg-grey")), "nothing is rendered");
        r = run(Files.writeString(tmp.resolve("bad2.yaml"), SWEEP.formatted("nowhere")));
        assertEquals(Main.EXIT_FAILURE, r.exitCode());
        assertTrue(r.err().contains(":8:55: axes[1].values[1].image_folder: background.image_folder: folder not found"), r.err());
    }
}
