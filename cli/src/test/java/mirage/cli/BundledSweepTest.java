package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled 3 x 2 sweep ({@code examples/default/sweep.yaml}: light intensity x background) runs as shipped, and
 * two variants that differ only in the light have the same masks and poses frame by frame while their images differ.
 */
class BundledSweepTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SWEEP = CliRun.repo().resolve("examples/default/sweep.yaml");
    static final List<String> VARIANTS = List.of("light-1.0_bg-grey", "light-1.0_bg-photo", "light-2.5_bg-grey",
            "light-2.5_bg-photo", "light-5.0_bg-grey", "light-5.0_bg-photo");
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void sweep() {
        out = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", SWEEP.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void everyVariantHasTheRecordedFiles() {
        for (String v : VARIANTS) Goldens.check("sweep-" + v, out.resolve(v));
    }

    @Test
    void sixVariantsAreListedAndComplete() throws IOException {
        JsonNode report = JSON.readTree(out.resolve("sweep.json").toFile());
        List<String> names = new ArrayList<>();
        report.get("variants").forEach(v -> names.add(v.get("variant").asText()));
        assertEquals(VARIANTS, names);
        for (String v : VARIANTS) {
            JsonNode manifest = JSON.readTree(out.resolve(v).resolve("dataset.json").toFile());
            assertTrue(manifest.get("complete").asBoolean(), v);
            assertEquals(4, manifest.get("frames").asInt(), v);
        }
        assertEquals(1 + VARIANTS.size(), Files.readAllLines(out.resolve("sweep.csv")).size());
    }

    @Test
    void aLightKnobChangesImagesButNeitherMasksNorPoses() throws IOException {
        for (String bg : List.of("grey", "photo")) {
            Path dim = out.resolve("light-1.0_bg-" + bg), bright = out.resolve("light-5.0_bg-" + bg);
            for (int i = 0; i < 4; i++) {
                String png = String.format("%06d.png", i);
                for (String mask : List.of("masks/instance/", "masks/semantic/", "depth/"))
                    assertArrayEquals(Files.readAllBytes(dim.resolve(mask + png)), Files.readAllBytes(bright.resolve(mask + png)),
                            mask + png);
                assertFalse(Arrays.equals(Files.readAllBytes(dim.resolve("images/" + png)),
                        Files.readAllBytes(bright.resolve("images/" + png))), "images/" + png + " should differ");
                assertEquals(withoutLights(dim, i), withoutLights(bright, i), "frame record " + i + " apart from its lights");
            }
        }
    }

    /** The frame record with the lights' values removed: poses, boxes, masks, camera and everything else stay. */
    private static JsonNode withoutLights(Path variant, int frame) throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(variant.resolve(String.format("frames/%06d.json", frame)).toFile());
        ((ObjectNode) record.get("scene")).remove("lights");
        assertTrue(record.get("instances").size() > 0 || frame >= 0);
        return record;
    }
}
