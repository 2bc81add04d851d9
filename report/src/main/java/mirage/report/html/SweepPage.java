package mirage.report.html;

import static mirage.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.SweepIndex;
import mirage.report.stats.SweepScan;

/**
 * The body of a sweep's report: its axes, a table of the variants, then every section of the dataset report with a
 * column per variant, charts of the same kind on shared axes (the same bins, the same count scale).
 */
final class SweepPage {
    private SweepPage() {
    }

    static String body(SweepScan scan, List<DatasetView> views) {
        SweepIndex index = scan.index();
        StringBuilder s = new StringBuilder("<h1>Sweep report</h1>\n<p class=\"note\">Base spec ").append(esc(index.base()))
                .append("; ").append(index.variants().size()).append(" variants; a column per variant.</p>\n");
        s.append("<h2>Axes</h2>\n<table><tr><th class=\"l\">axis</th><th class=\"l\">field</th><th class=\"l\">values</th></tr>");
        for (SweepIndex.Axis a : index.axes())
            s.append("<tr><td class=\"l\">").append(esc(a.name())).append("</td><td class=\"l\">").append(esc(a.field()))
                    .append("</td><td class=\"l\">").append(esc(String.join(", ", a.labels()))).append("</td></tr>");
        s.append("</table>\n").append(variantsTable(index, views));
        s.append("<div class=\"sweep\">\n");
        section(s, "Warnings", views, v -> Sections.warnings(v.report().warnings()));
        section(s, "Samples", views, v -> Sections.samples(v.report().samples()));
        section(s, "Counts", views, v -> Sections.categories(v.report(), true));
        for (Map.Entry<String, List<Chart>> e : chartRows(views).entrySet()) chartRow(s, e.getValue(), views);
        section(s, "Values that never changed", views, v -> Sections.constants(v.constants()));
        return s.append("</div>\n").toString();
    }

    private static String variantsTable(SweepIndex index, List<DatasetView> views) {
        StringBuilder s = new StringBuilder("<h2>Variants</h2>\n<table><tr><th class=\"l\">variant</th>");
        for (SweepIndex.Axis a : index.axes()) s.append("<th class=\"l\">").append(esc(a.name())).append("</th>");
        s.append("<th>records</th><th>complete</th><th>annotations</th><th>warnings</th></tr>");
        for (int i = 0; i < views.size(); i++) {
            SweepIndex.Variant v = index.variants().get(i);
            s.append("<tr><td class=\"l\">").append(esc(v.name())).append("</td>");
            for (SweepIndex.Axis a : index.axes()) s.append("<td class=\"l\">").append(esc(v.values().getOrDefault(a.name(), ""))).append("</td>");
            DatasetReport r = views.get(i) == null ? null : views.get(i).report();
            if (r == null) s.append("<td colspan=\"4\" class=\"l muted\">not rendered yet</td></tr>");
            else s.append("<td>").append(r.records()).append("</td><td>").append(r.manifest().complete() ? "yes" : "no")
                    .append("</td><td>").append(r.stats().all().annotations()).append("</td><td>").append(r.warnings().size())
                    .append("</td></tr>");
        }
        return s.append("</table>\n").toString();
    }

    /** Every chart id of any variant, in order of first appearance, with each variant's chart (null where it has none). */
    private static Map<String, List<Chart>> chartRows(List<DatasetView> views) {
        Map<String, List<Chart>> rows = new LinkedHashMap<>();
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i) == null) continue;
            for (Chart c : views.get(i).charts()) {
                List<Chart> row = rows.computeIfAbsent(c.id(), k -> new ArrayList<>(java.util.Collections.nCopies(views.size(), null)));
                row.set(i, c);
            }
        }
        return rows;
    }

    private static void chartRow(StringBuilder s, List<Chart> row, List<DatasetView> views) {
        long max = 0;
        Chart first = null;
        for (Chart c : row) {
            if (c == null) continue;
            max = Math.max(max, c.maxCount());
            if (first == null) first = c;
        }
        s.append("<h3>").append(esc(first.title())).append("</h3>\n").append(open(views.size()));
        for (int i = 0; i < row.size(); i++) {
            Chart c = row.get(i);
            s.append(c == null ? "<div class=\"card muted\">—</div>\n" : Sections.card(c, views.get(i).report().name(), max, views.get(i).aspect()));
        }
        s.append("</div>\n");
    }

    private static void section(StringBuilder s, String title, List<DatasetView> views, Function<DatasetView, String> part) {
        s.append("<h2>").append(esc(title)).append("</h2>\n").append(open(views.size()));
        for (DatasetView v : views) {
            s.append("<div class=\"card\">").append(v == null ? "<p class=\"muted\">not rendered yet</p>"
                    : "<h3>" + esc(v.report().name()) + "</h3>" + part.apply(v)).append("</div>\n");
        }
        s.append("</div>\n");
    }

    private static String open(int columns) {
        return "<div class=\"row\" style=\"grid-template-columns:repeat(" + columns + ",minmax(300px,1fr))\">\n";
    }
}
