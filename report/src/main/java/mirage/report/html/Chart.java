package mirage.report.html;

import java.util.List;
import java.util.Map;
import mirage.report.stats.CentreGrid;

/**
 * The numbers behind one chart, as drawn and as embedded in the report's JSON.
 *
 * @param id a stable key ({@code visibility}, {@code knob:camera.distance}, ...)
 * @param title what the chart shows
 * @param note how it was counted, in one line
 * @param kind how it is drawn
 * @param bins the bars: value ranges for a histogram, values for categories; empty for a heat map
 * @param grid the heat map's cells, or null
 * @param facts extra figures (count, min, max, mean, bin width, ...), in order
 */
public record Chart(String id, String title, String note, Kind kind, List<Bin> bins, CentreGrid grid,
                    Map<String, Object> facts) {
    public enum Kind { HISTOGRAM, CATEGORIES, HEATMAP }

    /**
     * One bar: a range {@code [lo, hi)} of a histogram (label empty), or one value of categories (lo, hi NaN).
     */
    public record Bin(String label, double lo, double hi, long count) {
        static Bin range(double lo, double hi, long count) {
            return new Bin("", lo, hi, count);
        }

        static Bin value(String label, long count) {
            return new Bin(label, Double.NaN, Double.NaN, count);
        }
    }

    public Chart {
        bins = List.copyOf(bins);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** The highest bar, or the busiest heat-map cell. */
    public long maxCount() {
        if (grid != null) return grid.max();
        long m = 0;
        for (Bin b : bins) m = Math.max(m, b.count());
        return m;
    }
}
