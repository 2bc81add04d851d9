package mirage.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.report.stats.AdaptiveHistogram;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.FixedHistogram;
import mirage.report.stats.InstanceStats;

/**
 * The label charts of one dataset: annotations per image, COCO size classes, box size and aspect, visibility,
 * truncation, box centres and depth. Histograms whose range is not known up front take their bins from an
 * {@link Axes} (the dataset's own, or one shared by a sweep's variants).
 */
final class ChartBook {
    /** Where an adaptive histogram's bins go, by chart id. */
    interface Axes {
        Axes OWN = (id, h) -> AdaptiveHistogram.axis(List.of(h));

        AdaptiveHistogram.Axis axis(String chartId, AdaptiveHistogram h);
    }

    private ChartBook() {
    }

    /** The adaptive histograms of the label charts, by chart id (for axes shared across datasets). */
    static Map<String, AdaptiveHistogram> adaptive(DatasetReport r) {
        Map<String, AdaptiveHistogram> m = new LinkedHashMap<>();
        m.put("annotations_per_image", r.stats().frames().annotationsPerImage());
        m.put("box_size", r.stats().instances().boxSize());
        m.put("aspect_ratio", r.stats().instances().aspect());
        m.put("depth", r.stats().instances().depth());
        return m;
    }

    static List<Chart> labels(DatasetReport r, Axes axes) {
        InstanceStats in = r.stats().instances();
        List<Chart> out = new ArrayList<>();
        out.add(adaptive("annotations_per_image", "Annotations per image", "annotated instances per frame",
                r.stats().frames().annotationsPerImage(), axes, Map.of(), false));
        long[] sizes = in.sizeClasses();
        out.add(new Chart("box_size_classes", "COCO size classes", "by area (visible pixels): small < 32², medium < 96²",
                Chart.Kind.CATEGORIES, List.of(Chart.Bin.value("small", sizes[0]), Chart.Bin.value("medium", sizes[1]),
                        Chart.Bin.value("large", sizes[2])), null, Map.of()));
        out.add(adaptive("box_size", "Box size √(w·h)", "visible boxes, pixels, log scale", in.boxSize(), axes, Map.of(), true));
        out.add(adaptive("aspect_ratio", "Box aspect w / h", "visible boxes, log scale", in.aspect(), axes, Map.of(), true));
        out.add(fixed("visibility", "Visibility", "visible / amodal pixels, every placed instance", in.visibility()));
        out.add(fixed("truncation", "Truncation", "share of the silhouette outside the image, every placed instance",
                in.truncation()));
        out.add(new Chart("box_centres", "Box centres", "visible box centres, normalized image x (right) and y (down)",
                Chart.Kind.HEATMAP, List.of(), in.centres(), Map.of()));
        Map<String, Object> depth = new LinkedHashMap<>();
        depth.put("nearest_corner_z", finite(in.nearest()));
        depth.put("farthest_corner_z", finite(in.farthest()));
        depth.put("camera_near", finite(r.stats().frames().near()));
        depth.put("camera_far", finite(r.stats().frames().far()));
        out.add(adaptive("depth", "Depth", "camera z of each annotated instance's 3D box centre, metres", in.depth(), axes, depth, false));
        return out;
    }

    /**
     * A histogram chart of {@code h} on the axis {@code axes} gives it, with count, min, max and mean. A log2 chart
     * holds log2 of the values: its bin edges, min and max are given as values, its mean as the geometric mean, and
     * its bin width in octaves.
     */
    static Chart adaptive(String id, String title, String note, AdaptiveHistogram h, Axes axes, Map<String, Object> more,
            boolean log2) {
        AdaptiveHistogram.Axis axis = axes.axis(id, h);
        long[] counts = h.countsOn(axis);
        List<Chart.Bin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++)
            bins.add(Chart.Bin.range(value(axis.edge(i), log2), value(axis.edge(i + 1), log2), counts[i]));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("count", h.count());
        facts.put("min", finite(value(h.min(), log2)));
        facts.put("max", finite(value(h.max(), log2)));
        facts.put(log2 ? "geometric_mean" : "mean", finite(value(h.mean(), log2)));
        facts.put("scale", log2 ? "log2" : "linear");
        facts.put(log2 ? "bin_width_octaves" : "bin_width", axis.width());
        facts.putAll(more);
        return new Chart(id, title, note, Chart.Kind.HISTOGRAM, bins, null, facts);
    }

    private static Chart fixed(String id, String title, String note, FixedHistogram h) {
        double[] edges = h.edges();
        long[] counts = h.counts();
        List<Chart.Bin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) bins.add(Chart.Bin.range(edges[i], edges[i + 1], counts[i]));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("count", h.total());
        facts.put("below", h.below());
        facts.put("above", h.above());
        facts.put("scale", "linear");
        return new Chart(id, title, note, Chart.Kind.HISTOGRAM, bins, null, facts);
    }

    private static double value(double x, boolean log2) {
        return log2 ? Math.pow(2, x) : x;
    }

    /** The value, or null when it is not finite (nothing was counted). */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
