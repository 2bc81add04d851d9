package mirage.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.cli.Version;
import mirage.dataset.AtomicWriter;
import mirage.scenes.spec.Sweep;
import mirage.scenes.spec.SweepAxis;

/**
 * {@code OUT/sweep.json} and {@code OUT/sweep.csv}: one row per variant (name, folder, its value on each axis,
 * whether its dataset is complete, frames, instances, annotations, frames per second), rewritten atomically after
 * each variant so that either file can be read at any time. Variants not rendered yet have empty counts.
 */
final class SweepReport {
    static final String JSON_FILE = "sweep.json";
    static final String CSV_FILE = "sweep.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One variant's figures; counts null until its dataset exists, frames per second null when not measured. */
    record Row(boolean complete, Integer frames, Long instances, Long annotations, Double framesPerSecond) {
        static final Row PENDING = new Row(false, null, null, null, null);
    }

    private final Path out;
    private final Sweep sweep;
    private final long seed;
    private final List<Row> rows = new ArrayList<>();

    SweepReport(Path out, Sweep sweep, long seed) {
        this.out = out;
        this.sweep = sweep;
        this.seed = seed;
        for (int i = 0; i < sweep.variants().size(); i++) rows.add(Row.PENDING);
    }

    void set(int variant, Row row) {
        rows.set(variant, row);
    }

    /** Frames per second recorded for each variant by an earlier run into {@code out}, by variant name. */
    static Map<String, Double> previousSpeeds(Path out) {
        Map<String, Double> speeds = new HashMap<>();
        Path file = out.resolve(JSON_FILE);
        if (!Files.isRegularFile(file)) return speeds;
        try {
            for (JsonNode v : JSON.readTree(file.toFile()).path("variants"))
                if (v.path("frames_per_second").isNumber())
                    speeds.put(v.path("variant").asText(), v.path("frames_per_second").doubleValue());
        } catch (IOException e) {
            // an unreadable old report only loses the old speeds; it is rewritten below
        }
        return speeds;
    }

    /** Writes both files, each atomically. */
    void write() {
        write(JSON_FILE, json());
        write(CSV_FILE, csv());
    }

    private String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "mirage");
        root.put("version", Version.current());
        root.put("base", sweep.spec().base());
        root.put("seed", seed);
        ArrayNode axes = root.putArray("axes");
        for (SweepAxis a : sweep.spec().axes()) {
            ObjectNode n = axes.addObject();
            n.put("field", a.field());
            n.put("name", a.title());
            ArrayNode values = n.putArray("values");
            a.values().forEach(values::add);
            ArrayNode labels = n.putArray("labels");
            for (int i = 0; i < a.values().size(); i++) labels.add(a.folderLabel(i));
        }
        ArrayNode variants = root.putArray("variants");
        for (int i = 0; i < rows.size(); i++) {
            Sweep.Variant v = sweep.variants().get(i);
            Row r = rows.get(i);
            ObjectNode n = variants.addObject();
            n.put("variant", v.name());
            n.put("folder", v.name() + "/");
            ObjectNode values = n.putObject("values");
            for (int a = 0; a < v.values().size(); a++) values.set(sweep.spec().axes().get(a).title(), v.values().get(a));
            n.put("complete", r.complete());
            n.put("frames", r.frames());
            n.put("instances", r.instances());
            n.put("annotations", r.annotations());
            n.put("frames_per_second", r.framesPerSecond());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sweep report", e);
        }
    }

    private String csv() {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("variant", "folder"));
        for (SweepAxis a : sweep.spec().axes()) header.add(a.title());
        header.addAll(List.of("complete", "frames", "instances", "annotations", "frames_per_second"));
        line(s, header);
        for (int i = 0; i < rows.size(); i++) {
            Sweep.Variant v = sweep.variants().get(i);
            Row r = rows.get(i);
            List<String> cells = new ArrayList<>(List.of(v.name(), v.name() + "/"));
            for (JsonNode value : v.values()) cells.add(value.isTextual() ? value.textValue() : value.toString());
            cells.add(Boolean.toString(r.complete()));
            cells.add(text(r.frames()));
            cells.add(text(r.instances()));
            cells.add(text(r.annotations()));
            cells.add(r.framesPerSecond() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", r.framesPerSecond()));
            line(s, cells);
        }
        return s.toString();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted, quotes doubled. */
    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) s.append(',');
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r"))
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            else s.append(c);
        }
        s.append("\r\n");
    }

    private void write(String name, String text) {
        AtomicWriter.write(out.resolve(name), o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
