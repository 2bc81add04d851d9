package mirage.scenes.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.core.Limits;

/**
 * The top-level {@code class_balance}: the object entries become the pools of their categories, and each instance's
 * category is chosen here instead of by per-entry counts. Two forms, exactly one given:
 * <ul>
 *   <li>{@code instances_per_frame} and {@code weights}: each instance's category drawn independently with these
 *       odds (categories left out have weight 0);</li>
 *   <li>{@code targets}: exact instance totals per category over the run (categories left out get none), shuffled
 *       once and dealt out to the frames in order.</li>
 * </ul>
 * Category names are checked against the object entries by {@link SceneSpec}.
 *
 * @param instancesPerFrame with weights: instances per frame, integers 0..65535
 * @param weights           category to weight, each &gt;= 0, summing to &gt; 0; iteration order as written
 * @param targets           category to total, each an integer &gt;= 0, summing to at most {@link #MAX_TARGETS}
 */
public record ClassBalanceSpec(Distribution instancesPerFrame, Map<String, Double> weights, Map<String, Long> targets) {
    /** Most instances the targets of one run may add up to (the run's frame limit, one instance each). */
    public static final long MAX_TARGETS = 10_000_000;

    public ClassBalanceSpec {
        if (weights == null && targets == null)
            throw SpecViolation.invalid("", "give weights (with instances_per_frame) or targets");
        if (weights != null && targets != null)
            throw SpecViolation.invalid("targets", "give weights (with instances_per_frame) or targets, not both");
        if (weights != null) {
            Range.integers(0, Limits.MAX_INSTANCES).check("instances_per_frame",
                    Checks.required(instancesPerFrame, "instances_per_frame"));
            weights = ordered(weights, "weights");
            checkWeights(weights);
        } else {
            Checks.absent(instancesPerFrame, "instances_per_frame",
                    "targets fix every frame's instances (the totals dealt out over the frames); leave instances_per_frame out");
            targets = ordered(targets, "targets");
            checkTargets(targets);
        }
    }

    private static <V> Map<String, V> ordered(Map<String, V> values, String field) {
        if (values.isEmpty()) throw SpecViolation.invalid(field, "needs at least one category");
        for (Map.Entry<String, V> e : values.entrySet())
            if (e.getValue() == null) throw SpecViolation.invalid(field + "." + e.getKey(), "must not be null");
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static void checkWeights(Map<String, Double> weights) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Range.nonNegative().within(Bound.WEIGHT).check("weights." + e.getKey(), e.getValue());
            sum += e.getValue();
        }
        if (!(sum > 0)) throw SpecViolation.invalid("weights", "must have a positive sum, got all 0");
        if (!Double.isFinite(sum)) throw SpecViolation.invalid("weights", "must have a finite sum, got " + sum);
    }

    private static void checkTargets(Map<String, Long> targets) {
        long sum = 0;
        for (Map.Entry<String, Long> e : targets.entrySet()) {
            Range.integers(0, MAX_TARGETS).check("targets." + e.getKey(), e.getValue());
            sum += e.getValue();
        }
        if (sum > MAX_TARGETS)
            throw SpecViolation.invalid("targets", "add up to " + sum + " instances; at most " + MAX_TARGETS + " per run");
    }

    /** True for the exact form ({@code targets}). */
    public boolean exact() {
        return targets != null;
    }

    /** The targets' total, 0 with weights. */
    public long totalTargets() {
        return targets == null ? 0 : targets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The categories named, in the order written. */
    public List<String> named() {
        return List.copyOf((weights != null ? weights : targets).keySet());
    }
}
