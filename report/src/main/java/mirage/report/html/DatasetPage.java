package mirage.report.html;

import static mirage.report.html.Html.esc;

import java.util.List;

/** The body of one dataset's report: summary, warnings, samples, counts, label charts, scene use, drawn values. */
final class DatasetPage {
    private DatasetPage() {
    }

    static String body(DatasetView v) {
        var r = v.report();
        StringBuilder s = new StringBuilder();
        s.append("<h1>Dataset report: ").append(esc(r.name())).append("</h1>\n");
        s.append("<p class=\"note\">What the frame records say, read one at a time; hover a bar for its count.</p>\n");
        s.append("<h2>Summary</h2>\n").append(Sections.summary(r)).append(Sections.duplicatesNote(r));
        s.append("<h2>Warnings</h2>\n").append(Sections.warnings(r.warnings()));
        s.append("<h2>Samples</h2>\n<p class=\"note\">Frames spread over the dataset; annotated instances' mask edges and"
                + " visible boxes in their category's colour.</p>\n").append(Sections.samples(r.samples()));
        s.append("<h2>Counts</h2>\n").append(Sections.splits(r)).append("<p></p>").append(Sections.categories(r, false));
        s.append("<h2>Labels</h2>\n").append(grid(v.labels(), v.aspect()));
        s.append("<h2>Scene use</h2>\n").append(v.sceneUse().isEmpty() ? "<p class=\"muted\">The records hold no scene part.</p>\n"
                : grid(v.sceneUse(), v.aspect()));
        s.append("<h2>Drawn values</h2>\n<p class=\"note\">Every value of the records' scene part that varied, by path"
                + " ([*]: all entries of a list together).</p>\n").append(grid(v.knobs(), v.aspect()));
        if (!v.constants().isEmpty()) s.append("<h3>Values that never changed</h3>\n").append(Sections.constants(v.constants()));
        return s.toString();
    }

    private static String grid(List<Chart> charts, double aspect) {
        StringBuilder s = new StringBuilder("<div class=\"grid\">\n");
        for (Chart c : charts) s.append(Sections.card(c, c.title(), 0, aspect));
        return s.append("</div>\n").toString();
    }
}
