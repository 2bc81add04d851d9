package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mirage report} on a rendered dataset with splits and on a sweep: the embedded counts equal those read
 * from the COCO files with Jackson, the same dataset gives the same bytes, and bad input is one clear error.
 */
class ReportCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPLITS = """
            splits:
              - name: train
                frames: 4
              - name: val
                frames: 2
            """;
    @TempDir
    static Path tmp;
    static Path dataset;

    @BeforeAll
    static void render() {
        dataset = tmp.resolve("ds");
        CliRun r = TinyScene.render(TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("", SPLITS)), dataset);
        assertEquals(0, r.exitCode(), r.err());
    }

    static CliRun report(Path dir, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", dir.toString(), "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The JSON embedded in a report page. */
    static JsonNode embedded(Path html) throws IOException {
        String page = Files.readString(html);
        String open = "<script type=\"application/json\" id=\"mirage-report\">";
        int from = page.indexOf(open) + open.length();
        return JSON.readTree(page.substring(from, page.indexOf("</script>", from)));
    }

    /** Images, then annotations per category id, as a COCO file has them. */
    static Map<String, Long> cocoCounts(Path coco) throws IOException {
        JsonNode c = JSON.readTree(coco.toFile());
        Map<String, Long> m = new TreeMap<>();
        m.put("images", (long) c.get("images").size());
        for (JsonNode cat : c.get("categories")) m.put("category " + cat.get("id").asInt(), 0L);
        for (JsonNode a : c.get("annotations")) m.merge("category " + a.get("category_id").asInt(), 1L, Long::sum);
        return m;
    }

    /** The same figures from the report's counts (of the dataset or of one split). */
    static Map<String, Long> reportCounts(JsonNode counts) {
        Map<String, Long> m = new TreeMap<>();
        m.put("images", counts.get("images").asLong());
        for (JsonNode c : counts.get("per_category")) m.put("category " + c.get("id").asInt(), c.get("annotations").asLong());
        return m;
    }

    @Test
    void theEmbeddedCountsAreTheCocoFilesCountsAndTheBytesRepeat() throws IOException {
        Path out = tmp.resolve("report.html");
        CliRun r = report(dataset, out);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode d = embedded(out).get("dataset");
        assertEquals(cocoCounts(dataset.resolve("annotations/instances.json")), reportCounts(d.get("counts")));
        JsonNode splits = d.get("counts").get("per_split");
        assertEquals(2, splits.size());
        for (JsonNode s : splits) {
            Path coco = dataset.resolve("annotations/instances_" + s.get("split").asText() + ".json");
            assertEquals(cocoCounts(coco), reportCounts(s), s.get("split").asText());
        }
        assertEquals(6, d.get("records").asInt());
        assertTrue(d.get("complete").asBoolean());
        Path again = tmp.resolve("again.html");
        assertEquals(0, report(dataset, again).exitCode());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "the same dataset gives the same bytes");
    }

    @Test
    void aSweepFolderGivesEveryVariantWithItsOwnCounts() throws IOException {
        Path sweepFile = Files.writeString(tmp.resolve("sweep.yaml"), """
                base: spec/scene.yaml
                axes:
                  - field: lights[0].intensity
                    name: light
                    values: [1.0, 4.0]
                """);
        Path out = tmp.resolve("sweep");
        CliRun s = CliRun.of("sweep", sweepFile.toString(), "--out", out.toString(), "--no-progress", "--allow-root",
                TinyScene.ASSETS.toString());
        assertEquals(0, s.exitCode(), s.err());
        Path html = tmp.resolve("sweep.html");
        CliRun r = report(out, html);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = embedded(html);
        assertEquals("sweep", j.get("report").asText());
        assertEquals("lights[0].intensity", j.get("axes").get(0).get("field").asText());
        for (JsonNode v : j.get("variants")) {
            Path coco = out.resolve(v.get("folder").asText()).resolve("annotations/instances.json");
            assertEquals(cocoCounts(coco), reportCounts(v.get("dataset").get("counts")), v.get("variant").asText());
        }
        assertEquals(List.of("light-1.0", "light-4.0"),
                List.of(j.get("variants").get(0).get("variant").asText(), j.get("variants").get(1).get("variant").asText()));
    }

    @Test
    void badInputIsOneClearErrorAndWritesNothing() throws IOException {
        Path out = tmp.resolve("bad.html");
        assertError(report(tmp.resolve("nowhere"), out), "nowhere: no such dataset folder");
        assertError(report(dataset, tmp.resolve("no/such/folder/r.html")), "no such folder for --out");
        assertError(report(dataset, tmp), "is a folder; --out names the HTML file to write");
        assertError(report(dataset, out, "--samples", "65"), "--samples must be 0..64: 65");
        assertError(report(dataset, out, "--tile-width", "2"), "--tile-width must be 8..1024 pixels: 2");
        Path broken = tmp.resolve("broken");
        TinyScene.files(dataset).forEach(p -> copy(dataset.resolve(p), broken.resolve(p)));
        Files.delete(broken.resolve("images/000003.png"));
        assertError(report(broken, out), "images/000003.png: no such file");
        Files.writeString(broken.resolve("frames/000001.json"), "{\"frame\": 1}");
        assertError(report(broken, out), "000001.json");
        assertFalse(Files.exists(out));
    }

    private static void assertError(CliRun r, String message) {
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("mirage: error:")).count(), r.err());
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
