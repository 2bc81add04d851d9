package mirage.report.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every drawn value of the frame records' {@code scene} part, by path: object keys joined with dots, list entries
 * that are objects under {@code [*]} (all lights together: {@code lights[*].type}), entries of a list of plain
 * values by position ({@code lights[*].radiance[0]}). Lists of lists (4x4 matrices such as a prop's
 * {@code model_to_world}) are left out: they are placements, not knobs. Bounded: at most {@link #MAX_PATHS} paths
 * (in order of first appearance) and {@link #MAX_DEPTH} levels; further paths are counted in {@link #pathsLeftOut}.
 */
public final class SceneKnobs {
    public static final int MAX_PATHS = 400;
    public static final int MAX_DEPTH = 12;

    private final Map<String, Knob> knobs = new LinkedHashMap<>();
    private long pathsLeftOut;
    private long frames;

    /** Counts the values of one frame's scene part (null: a record without one). */
    public void accept(JsonNode scene) {
        if (scene == null) return;
        frames++;
        walk(scene, "", 0);
    }

    private void walk(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) return;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isArray()) continue;
                walk(item, path + (item.isObject() ? "[*]" : "[" + i + "]"), depth + 1);
            }
        } else {
            Knob k = knobFor(path);
            if (k == null) return;
            if (node.isNumber()) k.addNumber(node.doubleValue(), node.isIntegralNumber());
            else k.addValue(node.isNull() ? "null" : node.asText());
        }
    }

    private Knob knobFor(String path) {
        Knob k = knobs.get(path);
        if (k == null && knobs.size() < MAX_PATHS) knobs.put(path, k = new Knob(path));
        else if (k == null) pathsLeftOut++;
        return k;
    }

    /** The knobs in order of first appearance. */
    public Collection<Knob> knobs() {
        return Collections.unmodifiableCollection(knobs.values());
    }

    /** The knob at this path, or null. */
    public Knob get(String path) {
        return knobs.get(path);
    }

    /** Values not counted because the path limit was reached. */
    public long pathsLeftOut() {
        return pathsLeftOut;
    }

    /** Records that had a scene part. */
    public long frames() {
        return frames;
    }
}
