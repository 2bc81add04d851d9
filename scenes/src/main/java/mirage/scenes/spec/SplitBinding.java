package mirage.scenes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds each split of a spec: the document without {@code splits}, with the split's {@code frames} and then its
 * {@code set} entries applied as overrides (after any overrides of the document itself), bound like the whole
 * spec. A split must keep the category list (names, order and keypoint names), since every split shares the
 * run's category ids.
 */
final class SplitBinding {
    /** Most spec values all the splits' copies may hold together: each split copies the document. */
    static final long MAX_COPIED_VALUES = 2_000_000;

    private final SpecBinding<SceneSpec> binding;
    private final String source;
    private final LocationIndex index;
    private final List<SpecOverride> documentOverrides;

    SplitBinding(SpecBinding<SceneSpec> binding, String source, LocationIndex index, List<SpecOverride> documentOverrides) {
        this.binding = binding;
        this.source = source;
        this.index = index;
        this.documentOverrides = documentOverrides;
    }

    /** Refuses a top-level {@code frames} beside {@code splits}, and an empty {@code splits} list. */
    static void checkShape(ObjectNode tree, SpecBinding<SceneSpec> binding, List<SpecOverride> overrides) {
        JsonNode splits = tree.get("splits");
        if (splits == null || splits.isNull()) return;
        if (splits.isArray() && splits.isEmpty())
            throw binding.fail(SpecViolation.invalid("splits", "needs at least one split (or leave splits out)"), overrides);
        if (tree.has("frames"))
            throw binding.fail(SpecViolation.invalid("frames", "leave the top-level frames out when the spec has splits: "
                    + "the run has the sum of the splits' frames"), overrides);
    }

    /** Every split of {@code base} (bound from {@code tree}) with its own spec. */
    List<SplitSpec> bindAll(ObjectNode tree, SceneSpec base, Path file) {
        long copied = (long) count(tree) * base.splits().size();
        if (copied > MAX_COPIED_VALUES)
            throw binding.fail(SpecViolation.invalid("splits", base.splits().size() + " splits copy the spec's " + count(tree)
                    + " values " + copied + " times in all; at most " + MAX_COPIED_VALUES), documentOverrides);
        List<SplitSpec> out = new ArrayList<>();
        for (int k = 0; k < base.splits().size(); k++) out.add(bind(tree, base, k, file));
        return out;
    }

    private SplitSpec bind(ObjectNode tree, SceneSpec base, int k, Path file) {
        SplitSpec split = base.splits().get(k);
        String at = "splits[" + k + "]";
        List<SpecOverride> own = new ArrayList<>();
        own.add(new SpecOverride("frames", IntNode.valueOf(split.frames()), origin(at + ".frames")));
        for (Map.Entry<String, JsonNode> e : split.set().entrySet())
            own.add(new SpecOverride(e.getKey(), e.getValue(), origin(FieldPaths.join(at + ".set", e.getKey()))));
        ObjectNode copy = tree.deepCopy();
        copy.remove("splits");
        SpecOverrides.apply(copy, own);
        List<SpecOverride> all = new ArrayList<>(documentOverrides);
        all.addAll(own);
        SceneSpec spec = binding.bind(copy, all);
        if (!spec.categories().equals(base.categories()) || !spec.categoryKeypoints().equals(base.categoryKeypoints()))
            throw categoriesChanged(split, at, base, spec);
        return split.withSpec(spec.withSourceFile(file));
    }

    private static int count(JsonNode n) {
        int c = 1;
        for (JsonNode child : n) c += count(child);
        return c;
    }

    private SpecException categoriesChanged(SplitSpec split, String at, SceneSpec base, SceneSpec spec) {
        String field = at + ".set";
        for (String path : split.set().keySet())
            if (SpecOverrides.within(path, "objects")) {
                field = FieldPaths.join(field, path);
                break;
            }
        var where = index.valueLocation(field);
        String what = spec.categories().equals(base.categories())
                ? "keypoint names " + spec.categoryKeypoints() + " where the spec has " + base.categoryKeypoints()
                : "categories " + spec.categories() + " where the spec has " + base.categories();
        return new SpecException(source, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), field,
                "a split may not change the category list (names, order, keypoints): split '" + split.name() + "' has "
                        + what);
    }

    private SpecOverride.Origin origin(String field) {
        return new SpecOverride.Origin(source, index, field, field, true);
    }
}
