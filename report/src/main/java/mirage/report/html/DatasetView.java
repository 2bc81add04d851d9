package mirage.report.html;

import java.util.ArrayList;
import java.util.List;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.Knob;

/**
 * One dataset's report ready to draw: its charts (labels, scene use, varying knobs) with their bins decided, and
 * the knobs that held one value. The HTML and the embedded JSON are both written from this, so the JSON holds the
 * numbers behind every chart.
 */
record DatasetView(DatasetReport report, List<Chart> labels, List<Chart> sceneUse, List<Chart> knobs, List<Knob> constants) {
    static DatasetView of(DatasetReport r, ChartBook.Axes axes) {
        return new DatasetView(r, ChartBook.labels(r, axes), KnobCharts.sceneUse(r.stats().scene(), axes),
                KnobCharts.varying(r.stats().scene(), axes), KnobCharts.constants(r.stats().scene()));
    }

    /** Every chart, labels first. */
    List<Chart> charts() {
        List<Chart> all = new ArrayList<>(labels);
        all.addAll(sceneUse);
        all.addAll(knobs);
        return all;
    }

    /** The images' height over width (the largest frame's), for the shape of the box-centre map. */
    double aspect() {
        int[] s = report.stats().frames().imageSizes();
        return s[1] == 0 ? 0.75 : (double) s[3] / s[1];
    }
}
