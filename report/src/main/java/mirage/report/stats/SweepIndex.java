package mirage.report.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.core.error.MirageException;

/**
 * A sweep folder's {@code sweep.json} (written by {@code mirage sweep}): its axes and its variants, each a dataset
 * in a folder of its own inside the sweep folder. A missing or malformed key, or a variant folder outside the sweep
 * folder, is a {@link MirageException} naming the file and the key.
 *
 * @param base the base spec's name
 * @param axes the axes, first axis slowest
 * @param variants the variants in the file's order
 */
public record SweepIndex(String base, List<Axis> axes, List<Variant> variants) {
    public static final String FILE = "sweep.json";

    /**
     * @param field the spec field path the axis sets
     * @param name its name in variant names
     * @param values each value as compact JSON
     * @param labels each value's label in folder names
     */
    public record Axis(String field, String name, List<String> values, List<String> labels) {}

    /**
     * @param name the variant's name
     * @param folder its dataset folder
     * @param values axis name to the variant's value there, as compact JSON
     */
    public record Variant(String name, Path folder, Map<String, String> values) {}

    /** Whether {@code dir} is a sweep folder (it holds {@code sweep.json}). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public static SweepIndex read(Path dir) {
        Path file = dir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new MirageException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Axis> axes = new ArrayList<>();
        JsonNode a = array(file, root, "axes");
        for (int i = 0; i < a.size(); i++) {
            String where = "$.axes[" + i + "]";
            axes.add(new Axis(text(file, a.get(i), "field", where), text(file, a.get(i), "name", where),
                    texts(array(file, a.get(i), "values")), texts(array(file, a.get(i), "labels"))));
        }
        List<Variant> variants = new ArrayList<>();
        JsonNode v = array(file, root, "variants");
        for (int i = 0; i < v.size(); i++) variants.add(variant(dir, file, v.get(i), "$.variants[" + i + "]"));
        return new SweepIndex(root.path("base").asText(""), axes, variants);
    }

    private static Variant variant(Path dir, Path file, JsonNode n, String where) {
        String folder = text(file, n, "folder", where);
        Path root = dir.toAbsolutePath().normalize();
        Path resolved = root.resolve(folder).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root))
            throw new MirageException(file + ": " + where + ".folder: '" + folder + "' is not a folder inside " + root);
        Map<String, String> values = new LinkedHashMap<>();
        n.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().toString()));
        return new Variant(text(file, n, "variant", where), resolved, values);
    }

    private static JsonNode array(Path file, JsonNode n, String key) {
        JsonNode a = n.path(key);
        if (!a.isArray()) throw new MirageException(file + ": $." + key + ": missing, or not a list");
        return a;
    }

    private static String text(Path file, JsonNode n, String key, String where) {
        JsonNode t = n.path(key);
        if (!t.isTextual() || t.asText().isEmpty()) throw new MirageException(file + ": " + where + "." + key + ": missing, or not text");
        return t.asText();
    }

    private static List<String> texts(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.isTextual() ? x.asText() : x.toString()));
        return out;
    }
}
