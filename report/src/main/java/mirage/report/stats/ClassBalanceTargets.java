package mirage.report.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact instance counts a spec asks for with {@code class_balance.targets}, read from the resolved spec in
 * {@code dataset.json}: without splits, one entry {@code ""} for the whole run; with splits, one per split (targets
 * hold per split), a split's {@code set} overriding {@code class_balance}, {@code class_balance.targets} or
 * {@code class_balance.targets.<category>}. Empty when the spec sets no targets.
 */
public final class ClassBalanceTargets {
    private static final String KEY = "class_balance";

    private ClassBalanceTargets() {
    }

    /** Split name ("" without splits) to category name to target, in the spec's order. */
    public static Map<String, Map<String, Long>> of(JsonNode spec) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (spec == null || !spec.isObject()) return out;
        Map<String, Long> base = targets(spec.path(KEY).path("targets"));
        JsonNode splits = spec.path("splits");
        if (!splits.isArray() || splits.isEmpty()) {
            if (!base.isEmpty()) out.put("", base);
            return out;
        }
        for (JsonNode s : splits) {
            Map<String, Long> t = new LinkedHashMap<>(base);
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("set").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                if (k.equals(KEY)) t = targets(e.getValue().path("targets"));
                else if (k.equals(KEY + ".targets")) t = targets(e.getValue());
                else if (k.startsWith(KEY + ".targets.") && e.getValue().canConvertToLong())
                    t.put(k.substring((KEY + ".targets.").length()), e.getValue().asLong());
            }
            if (!t.isEmpty()) out.put(s.path("name").asText(), t);
        }
        return out;
    }

    private static Map<String, Long> targets(JsonNode node) {
        Map<String, Long> t = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().canConvertToLong()) t.put(e.getKey(), e.getValue().asLong());
        }
        return t;
    }
}
