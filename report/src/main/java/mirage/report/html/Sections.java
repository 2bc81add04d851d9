package mirage.report.html;

import static mirage.report.html.Html.esc;
import static mirage.report.html.Html.num;

import java.util.Base64;
import java.util.List;
import mirage.annotators.labels.CategoryLabel;
import mirage.dataset.DatasetManifest;
import mirage.report.CategoryPalette;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.Knob;
import mirage.report.stats.Sample;
import mirage.report.stats.SplitCounts;
import mirage.report.stats.Warning;

/** The HTML pieces of one dataset's report, used alone or side by side in a sweep's. */
final class Sections {
    private Sections() {
    }

    /** A chart in a card under {@code heading}: note, drawing; {@code max}: the count axis' end (shared in a sweep). */
    static String card(Chart c, String heading, long max, double aspect) {
        String svg = switch (c.kind()) {
            case HISTOGRAM -> Svg.histogram(c, max);
            case CATEGORIES -> Svg.categories(c, max);
            case HEATMAP -> Svg.heatMap(c, aspect, max);
        };
        return "<div class=\"card\" data-chart=\"" + esc(c.id()) + "\"><h3>" + esc(heading) + "</h3><p class=\"note\">"
                + esc(c.note()) + "</p>" + svg + "</div>\n";
    }

    static String summary(DatasetReport r) {
        DatasetManifest m = r.manifest();
        int[] size = r.stats().frames().imageSizes();
        String sizes = size[0] == size[1] && size[2] == size[3] ? size[0] + "×" + size[2]
                : size[0] + "–" + size[1] + " × " + size[2] + "–" + size[3];
        StringBuilder s = new StringBuilder("<table>");
        row(s, "frames with a record", r.records() + (m.frames() >= 0 ? " of " + (m.endFrame() - m.firstFrame()) : ""));
        row(s, "complete", m.complete() ? "yes" : "no");
        row(s, "images", sizes + " px");
        row(s, "instances / annotations / ignored", r.stats().all().instances() + " / " + r.stats().all().annotations()
                + " / " + r.stats().all().ignored());
        row(s, "seed", Long.toString(m.seed()));
        if (m.renderer() != null) row(s, "renderer", m.renderer().device() + " " + m.renderer().glRenderer());
        row(s, "written by", "mirage " + m.version());
        return s.append("</table>\n").toString();
    }

    private static void row(StringBuilder s, String key, String value) {
        s.append("<tr><th class=\"l\">").append(esc(key)).append("</th><td class=\"l\">").append(esc(value)).append("</td></tr>");
    }

    static String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) return "<p class=\"ok\">No warnings.</p>\n";
        StringBuilder s = new StringBuilder("<ul class=\"warn\">");
        for (Warning w : warnings) s.append("<li data-kind=\"").append(esc(w.kind())).append("\">").append(esc(w.message())).append("</li>");
        return s.append("</ul>\n").toString();
    }

    /** Per split (and in all): images, instances, annotations, ignored, frames without annotations. */
    static String splits(DatasetReport r) {
        StringBuilder s = new StringBuilder("<table><tr><th class=\"l\">split</th><th>images</th><th>instances</th>"
                + "<th>annotations</th><th>ignored</th><th>frames without annotations</th></tr>");
        for (SplitCounts c : r.stats().splits()) splitRow(s, c.name(), c);
        splitRow(s, "all", r.stats().all());
        return s.append("</table>\n").toString();
    }

    private static void splitRow(StringBuilder s, String name, SplitCounts c) {
        s.append("<tr><td class=\"l\">").append(esc(name)).append("</td><td>").append(c.images()).append("</td><td>")
                .append(c.instances()).append("</td><td>").append(c.annotations()).append("</td><td>").append(c.ignored())
                .append("</td><td>").append(c.framesWithoutAnnotations()).append("</td></tr>");
    }

    /**
     * Per category: annotations per split and in all, instances, ignored, truncated by half or more; compact (for a
     * sweep's narrow columns): annotations and instances only.
     */
    static String categories(DatasetReport r, boolean compact) {
        List<SplitCounts> splits = compact ? List.of() : r.stats().splits();
        StringBuilder s = new StringBuilder("<table><tr><th class=\"l\">category</th>");
        for (SplitCounts c : splits) s.append("<th>").append(esc(c.name())).append("</th>");
        s.append("<th>annotations</th><th>instances</th>").append(compact ? "" : "<th>ignored</th><th>truncated ≥ 50%</th>")
                .append("</tr>");
        SplitCounts all = r.stats().all();
        for (CategoryLabel cat : r.stats().categories()) {
            s.append("<tr><td class=\"l\"><span class=\"swatch\" style=\"background:")
                    .append(Html.color(CategoryPalette.rgb(cat.id()))).append("\"></span>").append(esc(cat.name())).append("</td>");
            for (SplitCounts c : splits) s.append("<td>").append(c.annotations(cat.id())).append("</td>");
            s.append("<td>").append(all.annotations(cat.id())).append("</td><td>").append(all.instances(cat.id())).append("</td>");
            if (!compact) s.append("<td>").append(all.ignored(cat.id())).append("</td><td>").append(all.truncated(cat.id())).append("</td>");
            s.append("</tr>");
        }
        return s.append("</table>\n").toString();
    }

    static String constants(List<Knob> knobs) {
        if (knobs.isEmpty()) return "";
        StringBuilder s = new StringBuilder("<table><tr><th class=\"l\">path</th><th class=\"l\">value</th><th>count</th></tr>");
        for (Knob k : knobs)
            s.append("<tr><td class=\"l\">").append(esc(k.path())).append("</td><td class=\"l\">")
                    .append(esc(KnobCharts.constantValue(k))).append("</td><td>").append(k.count()).append("</td></tr>");
        return s.append("</table>\n").toString();
    }

    static String samples(List<Sample> samples) {
        if (samples.isEmpty()) return "<p class=\"muted\">No frame to show.</p>\n";
        StringBuilder s = new StringBuilder("<div class=\"samples\">");
        for (Sample x : samples) {
            String caption = "frame " + x.frame() + (x.split() == null ? "" : " · " + x.split()) + " · " + x.annotations()
                    + (x.annotations() == 1 ? " annotation" : " annotations");
            s.append("<figure><img width=\"").append(x.width()).append("\" height=\"").append(x.height())
                    .append("\" alt=\"frame ").append(x.frame()).append("\" src=\"data:image/jpeg;base64,")
                    .append(Base64.getEncoder().encodeToString(x.jpeg())).append("\"><figcaption>").append(esc(caption))
                    .append("</figcaption></figure>");
        }
        return s.append("</div>\n").toString();
    }

    static String duplicatesNote(DatasetReport r) {
        var d = r.duplicates();
        return "<p class=\"note\">Duplicate check: SHA-256 of " + d.checked() + " image files"
                + (d.notChecked() > 0 ? " (" + d.notChecked() + " not checked)" : "") + "; " + d.repeats()
                + " repeat an earlier image. Depth: " + esc(depthNote(r)) + "</p>\n";
    }

    private static String depthNote(DatasetReport r) {
        var i = r.stats().instances();
        return Double.isFinite(i.nearest()) ? "3D box corners from " + num(i.nearest()) + " to " + num(i.farthest())
                + " m in front of the camera" : "no annotated instance";
    }
}
