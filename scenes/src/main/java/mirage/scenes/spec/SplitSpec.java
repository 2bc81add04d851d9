package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of a spec's {@code splits}: a named run of consecutive frames rendered from the spec with the
 * {@code set} overrides applied (see {@link SpecOverride}). Frame indices stay global; {@link SplitPlan} says which
 * frames each split takes.
 *
 * @param name   {@code [A-Za-z0-9_-]+}, at most 64 characters, unique among the splits (required); names the split's
 *               COCO file {@code annotations/instances_<name>.json}
 * @param frames the split's frame count, 0..10,000,000 (required)
 * @param set    field path to value, in the order written; may change any field but {@code splits}, {@code seed}
 *               and {@code frames}, and may not change the category list (checked by the loader) [none]
 * @param spec   the split's own spec: the document with {@code set} applied and {@code frames} as above, bound and
 *               checked like any spec (its own {@code splits} empty); null until the loader binds it
 */
public record SplitSpec(String name, Integer frames, Map<String, JsonNode> set, @JsonIgnore SceneSpec spec) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Top-level fields a split may not change: they are the run's, not a split's. */
    private static final Set<String> FIXED = Set.of("splits", "seed", "frames");

    public SplitSpec {
        Checks.required(name, "name");
        if (!NAME.matcher(name).matches())
            throw SpecViolation.invalid("name", "must be 1 to 64 letters, digits, _ or -, got " + Names.visible(name));
        Range.integers(0, SceneSpec.MAX_FRAMES).check("frames", Checks.required(frames, "frames"));
        set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
        for (String path : set.keySet()) {
            String field = FieldPaths.join("set", path);
            String top;
            try {
                top = SpecOverride.parse(path);
            } catch (SpecViolation v) {
                throw v.within(field);
            }
            if (FIXED.contains(top))
                throw SpecViolation.invalid(field, "a split may not change '" + top + "'"
                        + (top.equals("frames") ? " (give the split's frames beside its name)" : " (it belongs to the whole run)"));
        }
    }

    /** The same split with its bound spec. */
    public SplitSpec withSpec(SceneSpec bound) {
        return new SplitSpec(name, frames, set, bound);
    }
}
