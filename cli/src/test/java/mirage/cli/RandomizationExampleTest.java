package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example that uses every randomization knob ({@code examples/default/randomization.yaml}) renders as
 * shipped: its knobs show in the frame records, its class-balance targets are met exactly per split, its val split
 * uses only its held-out images, other thread counts and {@code --only} give the same bytes, and a contact sheet of
 * it can be made.
 */
class RandomizationExampleTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SPEC = CliRun.repo().resolve("examples/default/randomization.yaml");
    @TempDir
    static Path tmp;
    static Path full;
    static List<JsonNode> records = new ArrayList<>();

    @BeforeAll
    static void renderOnce() throws IOException {
        full = render("full", "--workers", "1");
        try (Stream<Path> s = Files.list(full.resolve("frames"))) {
            for (Path f : s.sorted().toList()) records.add(JSON.readTree(f.toFile()));
        }
    }

    static Path render(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("render", SPEC.toString(), "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void theFilesAreTheRecordedOnes() {
        Goldens.check("randomization", full);
    }

    @Test
    void everyKnobShowsInTheFrameRecords() {
        assertEquals(24, records.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode r : records) {
            JsonNode scene = r.get("scene");
            assertTrue(r.get("file_name").asText().endsWith(".jpg"), "jpeg_quality makes JPEG images");
            assertTrue(Math.abs(scene.get("camera").get("roll_deg").asDouble()) <= 20);
            double fov = scene.get("camera").get("fov_deg").asDouble();
            assertTrue(fov >= 40 && fov <= 55, "fov " + fov);
            JsonNode fx = scene.get("effects");
            int q = fx.get("jpeg_quality").asInt();
            assertTrue(q >= 75 && q <= 95, "jpeg quality " + q);
            if (fx.get("blur_sigma").asDouble() > 0) seen.add("blur");
            scene.get("materials").forEach(m -> seen.add("material:" + m.get("type").asText()));
            scene.get("materials").forEach(m -> { if (m.get("metallic").asDouble() == 1) seen.add("metallic"); });
            scene.get("props").forEach(p -> seen.add("prop:" + p.get("role").asText() + ":" + (p.has("shape") ? "shape" : "asset")));
            scene.get("lights").forEach(l -> seen.add("light:" + l.get("type").asText() + (l.path("shadows").asBoolean() ? "+shadows" : "")));
            JsonNode bg = scene.get("background");
            assertEquals("image", bg.get("type").asText());
            if (bg.get("flip").asBoolean()) seen.add("flip");
            if (bg.get("zoom").asDouble() > 1) seen.add("zoom");
        }
        for (String knob : List.of("blur", "material:asset", "material:base_color", "material:texture", "material:procedural",
                "metallic", "prop:distractor:shape", "prop:distractor:asset", "prop:occluder:shape", "light:directional+shadows",
                "light:spot+shadows", "light:point+shadows", "flip", "zoom"))
            assertTrue(seen.contains(knob), "no frame shows " + knob + "; seen " + seen);
    }

    @Test
    void classBalanceTargetsAreMetExactlyPerSplit() {
        Map<String, Integer> placed = new TreeMap<>();
        for (JsonNode r : records) {
            for (JsonNode inst : r.get("instances")) placed.merge(r.get("split").asText() + "/" + inst.get("category").asText(), 1, Integer::sum);
            JsonNode placement = r.get("scene").get("placement");
            if (placement != null)   // a dropped instance still counts against its category's target
                for (JsonNode d : placement.get("dropped"))
                    if (d.get("entry").asText().startsWith("objects"))
                        placed.merge(r.get("split").asText() + "/" + category(d.get("entry").asText()), 1, Integer::sum);
        }
        assertEquals(Map.of("train/character", 24, "train/coin", 24, "train/flag", 24, "train/platform", 16,
                "val/character", 12, "val/coin", 12, "val/flag", 12, "val/platform", 8), placed);
    }

    private static String category(String entry) {
        return List.of("character", "coin", "flag", "platform").get(Integer.parseInt(entry.replaceAll("\\D", "")));
    }

    @Test
    void theValSplitUsesOnlyItsHeldOutImages() throws IOException {
        for (JsonNode r : records) {
            boolean val = r.get("split").asText().equals("val");
            assertEquals(val, r.get("frame").asInt() >= 16);
            String bg = r.get("scene").get("background").get("image").asText();
            assertEquals(val, bg.startsWith("assets/backgrounds_val/"), bg);
            JsonNode materials = r.get("scene").get("materials");
            JsonNode instances = r.get("instances");
            for (int k = 0; k < instances.size(); k++)
                if (instances.get(k).get("category").asText().equals("flag")) {
                    String tex = materials.get(k).get("image").asText();
                    assertEquals(val, tex.startsWith("assets/textures_val/"), tex);
                }
        }
        JsonNode train = JSON.readTree(full.resolve("annotations/instances_train.json").toFile());
        JsonNode val = JSON.readTree(full.resolve("annotations/instances_val.json").toFile());
        assertEquals(16, train.get("images").size());
        assertEquals(8, val.get("images").size());
    }

    @Test
    void otherThreadCountsAndOnlyGiveTheSameBytes() throws IOException {
        Path two = render("two", "--workers", "2");
        List<Path> files = files(full);
        assertEquals(files, files(two));
        for (Path f : files) assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        Path only = render("only", "--only", "5,17-18");
        int compared = 0;
        for (Path f : files(only)) {
            String name = f.getFileName().toString();
            if (!name.matches("0000(05|17|18)\\..*")) continue;
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(only.resolve(f)), f.toString());
            compared++;
        }
        assertEquals(3 * files.stream().filter(f -> f.getFileName().toString().startsWith("000005.")).count(), compared);
    }

    @Test
    void aContactSheetShowsTheFrames() throws IOException {
        Path sheet = tmp.resolve("sheet.jpg");
        CliRun r = CliRun.of("contact-sheet", full.toString(), "--out", sheet.toString(), "--count", "8", "--columns", "4",
                "--tile-width", "160");
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage img = ImageIO.read(sheet.toFile());
        assertTrue(img.getWidth() >= 4 * 160 && img.getHeight() >= 2 * 120, img.getWidth() + "x" + img.getHeight());
    }

    @Test
    void sensorEffectsTouchTheImageOnly() throws IOException {
        JsonNode r = records.get(0);
        BufferedImage image = ImageIO.read(full.resolve("images").resolve(r.get("file_name").asText()).toFile());
        assertEquals(640, image.getWidth());
        assertFalse(Files.exists(full.resolve("masks/instance/000000.jpg")), "masks stay PNG");
        assertTrue(Files.exists(full.resolve("masks/instance/000000.png")));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
