package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --only}: a subset of frames, byte-identical to the same frames of a full run, completed by a later run. */
class OnlyFramesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path spec;
    static Path full;

    @BeforeAll
    static void fullRun() {
        spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 5", ""));
        full = tmp.resolve("full");
        CliRun r = TinyScene.render(spec, full);
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void onlyRendersThoseFramesIdenticallyAndALaterRunCompletesTheDataset() throws Exception {
        Path part = tmp.resolve("part");
        CliRun r = TinyScene.render(spec, part, "--only", "1,3-4");
        assertEquals(0, r.exitCode(), r.err());
        for (int i = 0; i < 5; i++) {
            List<Path> files = TinyScene.frameFiles(part, i);
            if (i == 0 || i == 2) {
                assertTrue(files.isEmpty(), "frame " + i + " was not asked for: " + files);
                continue;
            }
            assertEquals(TinyScene.frameFiles(full, i), files, "frame " + i);
            assertTrue(files.size() >= 5, "image, two masks, depth, normals, record: " + files);
            for (Path f : files) assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(part.resolve(f)), f.toString());
        }
        JsonNode manifest = JSON.readTree(part.resolve("dataset.json").toFile());
        assertFalse(manifest.get("complete").asBoolean());
        assertEquals(3, manifest.get("counts").get("images").asInt());
        List<Long> imageIds = new ArrayList<>();
        JSON.readTree(part.resolve("annotations/instances.json").toFile()).get("images").forEach(n -> imageIds.add(n.get("id").asLong()));
        assertEquals(List.of(2L, 4L, 5L), imageIds);

        r = TinyScene.render(spec, part, "--only", "0-4");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(TinyScene.files(full), TinyScene.files(part));
        for (Path f : TinyScene.files(full))
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(part.resolve(f)), f.toString());
    }

    @Test
    void badSelectionsAreUsageErrors() {
        Path out = tmp.resolve("bad");
        CliRun r = TinyScene.render(spec, out, "--only", "2,5");
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("--only: frame 5 is outside the run's frames 0..4 (in '2,5')"), r.err());
        r = TinyScene.render(spec, out, "--only", "3-1");
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("range 3-1 ends before it starts"), r.err());
        r = TinyScene.render(spec, out, "--only", "1,,2");
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("'' is not a frame index or a range like 120-130"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }
}
