package mirage.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.report.stats.Knob;
import mirage.report.stats.SceneKnobs;

/**
 * Charts of the drawn values in the records' {@code scene} part ({@link SceneKnobs}): what a dataset used
 * (backgrounds, material types, textures, lights, props: {@link #SCENE_USE}), and every other path that took more
 * than one value. A path's numbers are drawn by value when there are few and they repeat (at most
 * {@link Knob#FEW} distinct, each seen twice on average), else as a histogram; text, true/false and null by
 * value. Paths that held one value only are listed apart ({@link #constants}).
 */
final class KnobCharts {
    /** The paths shown as "scene use", in this order, when the records have them. */
    static final List<String> SCENE_USE = List.of("background.type", "background.image", "materials[*].type",
            "materials[*].image", "lights[*].type", "lights[*].shadows", "props[*].role", "props[*].shape", "props[*].asset");
    static final String PREFIX = "knob:";

    private KnobCharts() {
    }

    static List<Chart> sceneUse(SceneKnobs scene, ChartBook.Axes axes) {
        List<Chart> out = new ArrayList<>();
        for (String path : SCENE_USE) {
            Knob k = scene.get(path);
            if (k != null) out.add(chart(k, axes));
        }
        return out;
    }

    /** Every path outside {@link #SCENE_USE} that took more than one value, in order of first appearance. */
    static List<Chart> varying(SceneKnobs scene, ChartBook.Axes axes) {
        List<Chart> out = new ArrayList<>();
        for (Knob k : scene.knobs()) if (!k.isConstant() && !SCENE_USE.contains(k.path())) out.add(chart(k, axes));
        return out;
    }

    /** The paths that held one value only, outside {@link #SCENE_USE}. */
    static List<Knob> constants(SceneKnobs scene) {
        List<Knob> out = new ArrayList<>();
        for (Knob k : scene.knobs()) if (k.isConstant() && !SCENE_USE.contains(k.path())) out.add(k);
        return out;
    }

    /** The value of a constant knob, as text. */
    static String constantValue(Knob k) {
        return k.fewNumbers().counts().isEmpty() ? k.values().counts().keySet().iterator().next()
                : Html.num(k.fewNumbers().counts().keySet().iterator().next());
    }

    static Chart chart(Knob k, ChartBook.Axes axes) {
        String id = PREFIX + k.path();
        long numbers = k.fewNumbers().total();
        int distinct = k.fewNumbers().counts().size();
        boolean byValue = numbers == 0 || (!k.fewNumbers().overflowed() && numbers >= 2L * distinct);
        if (!byValue) {
            Map<String, Object> more = new LinkedHashMap<>();
            if (k.values().total() > 0) more.put("other_values", values(k));
            return ChartBook.adaptive(id, k.path(), "drawn values" + (k.values().total() > 0
                    ? "; also " + k.values().total() + " non-numeric" : ""), k.numbers(), axes, more, false);
        }
        List<Chart.Bin> bins = new ArrayList<>();
        k.fewNumbers().counts().forEach((v, n) -> bins.add(Chart.Bin.value(Html.num(v), n)));
        k.values().counts().forEach((v, n) -> bins.add(Chart.Bin.value(v, n)));
        if (k.values().overflowed()) bins.add(Chart.Bin.value("(other values)", k.values().other()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("count", k.count());
        return new Chart(id, k.path(), "drawn values, by value", Chart.Kind.CATEGORIES, bins, null, facts);
    }

    private static Map<String, Long> values(Knob k) {
        return new LinkedHashMap<>(k.values().counts());
    }
}
