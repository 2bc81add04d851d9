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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec with a train and a val split rendered end to end: each split takes its frames, the frame records name
 * the split, each split's COCO file holds exactly its frames' annotations, and the val split's override changes
 * only its own frames.
 */
class SplitsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPLITS = """
            splits:
              - name: train
                frames: 3
              - name: val
                frames: 2
                set:
                  background.image_folder: bg_val
            """;
    @TempDir
    static Path tmp;
    static Path spec;
    static Path out;

    @BeforeAll
    static void render() throws Exception {
        Path dir = tmp.resolve("spec");
        Files.createDirectories(dir.resolve("bg_val"));
        Files.copy(TinyScene.ASSETS.resolve("backgrounds/polyhaven_goegap_crop.jpg"), dir.resolve("bg_val/val_only.jpg"));
        spec = TinyScene.write(dir, TinyScene.yaml("", SPLITS));
        out = tmp.resolve("out");
        CliRun r = TinyScene.render(spec, out);
        assertEquals(0, r.exitCode(), r.err());
    }

    private static JsonNode read(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    @Test
    void eachSplitTakesItsFramesAndNamesThem() throws Exception {
        for (int i = 0; i < 5; i++) {
            JsonNode frame = read(out.resolve(String.format("frames/%06d.json", i)));
            assertEquals(i < 3 ? "train" : "val", frame.get("split").asText(), "frame " + i);
            String image = frame.get("scene").get("background").get("image").asText();
            if (i < 3) assertTrue(image.startsWith(TinyScene.ASSETS.resolve("backgrounds") + "/"), image);
            else assertEquals("bg_val/val_only.jpg", image, "the val split uses only its own folder");
        }
        JsonNode manifest = read(out.resolve("dataset.json"));
        assertEquals(5, manifest.get("frames").asInt());
        assertFalse(manifest.get("spec").has("frames"));
        JsonNode splits = manifest.get("splits");
        assertEquals(2, splits.size());
        assertEquals("val", splits.get(1).get("name").asText());
        assertEquals(3, splits.get(1).get("first_frame").asInt());
        assertEquals(2, splits.get(1).get("frames").asInt());
        assertEquals("annotations/instances_val.json", splits.get(1).get("coco").asText());
        assertEquals(2, splits.get(1).get("counts").get("images").asInt());
    }

    @Test
    void eachSplitsCocoHoldsExactlyItsFramesAnnotations() throws Exception {
        JsonNode all = read(out.resolve("annotations/instances.json"));
        JsonNode manifest = read(out.resolve("dataset.json"));
        long total = 0;
        for (String split : List.of("train", "val")) {
            Set<Long> ids = split.equals("train") ? Set.of(1L, 2L, 3L) : Set.of(4L, 5L);
            JsonNode coco = read(out.resolve("annotations/instances_" + split + ".json"));
            assertEquals(ids, idsOf(coco.get("images"), "id"));
            List<JsonNode> expected = new ArrayList<>();
            for (JsonNode a : all.get("annotations")) if (ids.contains(a.get("image_id").asLong())) expected.add(a);
            List<JsonNode> actual = new ArrayList<>();
            coco.get("annotations").forEach(actual::add);
            assertEquals(expected, actual, split);
            assertFalse(actual.isEmpty());
            assertEquals(all.get("categories"), coco.get("categories"));
            int k = split.equals("train") ? 0 : 1;
            assertEquals(actual.size(), manifest.get("splits").get(k).get("counts").get("annotations").asInt());
            total += actual.size();
        }
        assertEquals(all.get("annotations").size(), total);
    }

    private static Set<Long> idsOf(JsonNode list, String key) {
        Set<Long> ids = new TreeSet<>();
        list.forEach(n -> ids.add(n.get(key).asLong()));
        return ids;
    }

    /** Frame i's randomness is the same with or without splits: the train frames equal a plain run's. */
    @Test
    void trainFramesEqualThoseOfTheSpecWithoutSplits() throws Exception {
        Path plain = tmp.resolve("plain");
        Path plainSpec = TinyScene.write(tmp.resolve("plainspec"), TinyScene.yaml("frames: 5", ""));
        CliRun r = TinyScene.render(plainSpec, plain, "--only", "0-2");
        assertEquals(0, r.exitCode(), r.err());
        for (int i = 0; i < 3; i++)
            for (Path f : TinyScene.frameFiles(plain, i)) {
                if (f.startsWith("frames")) {
                    ObjectNode withSplit = (ObjectNode) read(out.resolve(f));
                    assertEquals("train", withSplit.remove("split").asText());
                    assertEquals(read(plain.resolve(f)), withSplit, f.toString());
                } else {
                    assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(out.resolve(f)), f.toString());
                }
            }
    }

    /** The run file's spec hash covers the splits: the same spec resumes (nothing left to do), another is refused. */
    @Test
    void resumeKnowsTheSplits() throws Exception {
        Path record = out.resolve("frames/000004.json");
        var written = Files.getLastModifiedTime(record);
        CliRun r = TinyScene.render(spec, out, "--resume");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(written, Files.getLastModifiedTime(record));
        Path other = TinyScene.write(tmp.resolve("other"), TinyScene.yaml("", SPLITS.replace("frames: 2", "frames: 3")
                .replace("bg_val", TinyScene.ASSETS.resolve("backgrounds").toString())));
        r = TinyScene.render(other, out);
        assertEquals(Main.EXIT_FAILURE, r.exitCode());
        assertTrue(r.err().contains("holds a run of another spec"), r.err());
    }

    @Test
    void framesOnTheCommandLineIsAnErrorWithSplits() {
        CliRun r = TinyScene.render(spec, tmp.resolve("frames"), "--frames", "3");
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("--frames cannot be used with a spec that has splits"), r.err());
    }

    @Test
    void specErrorsInASplitNameTheirLine() throws Exception {
        Path bad = TinyScene.write(tmp.resolve("bad"), TinyScene.yaml("", SPLITS.replace("bg_val", "nowhere")));
        CliRun r = TinyScene.render(bad, tmp.resolve("badout"));
        assertEquals(Main.EXIT_FAILURE, r.exitCode());
        int line = List.of(Files.readString(bad).split("\n")).indexOf("      background.image_folder: nowhere") + 1;
        assertTrue(r.err().contains(bad + ":" + line + ":32: splits[1].set.background.image_folder: folder not found"), r.err());
    }
}
