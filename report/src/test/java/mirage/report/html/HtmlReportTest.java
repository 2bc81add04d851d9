package mirage.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mirage.core.error.MirageException;
import mirage.report.ReportFixtures;
import mirage.report.stats.DatasetScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written page: its embedded JSON against the dataset, determinism, no network, safe text, and sweeps. */
class HtmlReportTest {
    static final HtmlReport.Options OPTIONS = new HtmlReport.Options(new DatasetScan.Options(8, 16, 5), "test");

    @TempDir
    Path tmp;

    /** The JSON in the page's {@code <script type="application/json" id="mirage-report">}. */
    static JsonNode json(String html) throws IOException {
        String open = "<script type=\"application/json\" id=\"mirage-report\">";
        int from = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    }

    @Test
    void theEmbeddedNumbersAreTheDatasetsAndTheChartsAddUp() throws IOException {
        Path root = ReportFixtures.dataset(tmp.resolve("ds"), "kite");
        Path out = tmp.resolve("r.html");
        HtmlReport.write(root, out, OPTIONS, DatasetScan.Listener.NONE);
        String html = Files.readString(out);
        JsonNode j = json(html);
        assertEquals("dataset", j.get("report").asText());
        JsonNode d = j.get("dataset");
        assertEquals(3, d.get("counts").get("images").asLong());
        List<Long> annotations = new ArrayList<>();
        d.get("counts").get("per_category").forEach(c -> annotations.add(c.get("annotations").asLong()));
        assertEquals(List.of(1L, 1L, 0L), annotations);
        for (JsonNode c : d.get("charts")) {
            long sum = 0;
            for (JsonNode b : c.get("bins")) sum += b.get("count").asLong();
            for (JsonNode row : c.path("counts")) for (JsonNode n : row) sum += n.asLong();
            long expected = switch (c.get("id").asText()) {
                case "box_size_classes", "box_size", "aspect_ratio", "box_centres", "depth" -> 2;   // annotations
                case "visibility", "truncation" -> 2 - c.get("facts").get("below").asLong() - c.get("facts").get("above").asLong();
                default -> c.get("facts").get("count").asLong();
            };
            assertEquals(expected, sum, c.get("id").asText());
        }
        assertEquals(3, d.get("samples").size());
        assertEquals(3, html.split("<img ", -1).length - 1);
        assertEquals(d.get("charts").size(), html.split("<svg ", -1).length - 1, "one drawing per chart");
    }

    @Test
    void theSameDatasetGivesTheSameBytesAndThePageFetchesNothing() throws IOException {
        Path root = ReportFixtures.dataset(tmp.resolve("ds"), "kite");
        HtmlReport.write(root, tmp.resolve("a.html"), OPTIONS, DatasetScan.Listener.NONE);
        HtmlReport.write(root, tmp.resolve("b.html"), OPTIONS, DatasetScan.Listener.NONE);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.html")), Files.readAllBytes(tmp.resolve("b.html")));
        String html = Files.readString(tmp.resolve("a.html"));
        assertTrue(html.contains("default-src 'none'"), "the page's policy forbids loading anything");
        for (String ref : List.of("src=\"http", "href=", "url(", "@import", "<link"))
            assertFalse(html.contains(ref), ref);
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("a.html", "b.html", "ds"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    @Test
    void namesCannotEndTheScriptOrInjectMarkup() throws IOException {
        String evil = "kite</script><script>alert(1)</script><b>";
        Path root = ReportFixtures.dataset(tmp.resolve("ds"), evil);
        HtmlReport.write(root, tmp.resolve("r.html"), OPTIONS, DatasetScan.Listener.NONE);
        String html = Files.readString(tmp.resolve("r.html"));
        assertEquals(3, html.split("</script>", -1).length - 1, "the error hooks, the JSON, the page check");
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains(Html.esc(evil)));
        assertEquals(evil, json(html).get("dataset").get("categories").get(2).get("name").asText());
    }

    @Test
    void aSweepShowsItsVariantsSideBySideOnSharedAxes() throws IOException {
        Path sweep = tmp.resolve("sweep");
        ReportFixtures.dataset(sweep.resolve("v-a"), "kite");
        Files.delete(ReportFixtures.dataset(sweep.resolve("v-b"), "kite").resolve("frames/000000.json"));
        Files.writeString(sweep.resolve("sweep.json"), """
                {"tool": "mirage", "base": "scene.yaml", "axes": [{"field": "frames", "name": "v", "values": [1, 2, 3],
                 "labels": ["a", "b", "c"]}], "variants": [
                 {"variant": "v-a", "folder": "v-a/", "values": {"v": 1}},
                 {"variant": "v-b", "folder": "v-b/", "values": {"v": 2}},
                 {"variant": "v-c", "folder": "v-c/", "values": {"v": 3}}]}""");
        HtmlReport.Result result = HtmlReport.write(sweep, tmp.resolve("s.html"), OPTIONS, DatasetScan.Listener.NONE);
        assertTrue(result.sweep());
        assertEquals(2, result.datasets().size(), "v-c is not rendered");
        JsonNode j = json(Files.readString(tmp.resolve("s.html")));
        assertEquals("sweep", j.get("report").asText());
        JsonNode v = j.get("variants");
        assertEquals(List.of("v-a", "v-b", "v-c"), List.of(v.get(0).get("variant").asText(), v.get(1).get("variant").asText(),
                v.get(2).get("variant").asText()));
        assertTrue(v.get(2).get("dataset").isNull());
        JsonNode a = chart(v.get(0).get("dataset"), "box_size");
        JsonNode b = chart(v.get(1).get("dataset"), "box_size");
        assertEquals(edges(a), edges(b), "one axis for both");
        assertTrue(edges(a).size() >= 2, "v-a's two sizes need at least two bins");
        JsonNode alone = chart(json(reportOf(sweep.resolve("v-b"))).get("dataset"), "box_size");
        assertNotEquals(edges(alone), edges(b), "v-b alone has one size, one narrow bin");
    }

    @Test
    void aSweepFileMayNotPointOutsideItsFolder() throws IOException {
        Path sweep = Files.createDirectories(tmp.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{\"axes\": [], \"variants\": [{\"variant\": \"x\", \"folder\": \"../ds\"}]}");
        MirageException e = assertThrows(MirageException.class,
                () -> HtmlReport.write(sweep, tmp.resolve("s.html"), OPTIONS, DatasetScan.Listener.NONE));
        assertTrue(e.getMessage().contains("sweep.json: $.variants[0].folder: '../ds' is not a folder inside"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("s.html")));
    }

    private String reportOf(Path dir) throws IOException {
        Path out = tmp.resolve("alone.html");
        HtmlReport.write(dir, out, OPTIONS, DatasetScan.Listener.NONE);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static JsonNode chart(JsonNode dataset, String id) {
        for (JsonNode c : dataset.get("charts"))
            if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no chart " + id);
    }

    private static List<Double> edges(JsonNode chart) {
        List<Double> e = new ArrayList<>();
        chart.get("bins").forEach(b -> e.add(b.get("lo").asDouble()));
        return e;
    }
}
