package mirage.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.dataset.AtomicWriter;
import mirage.report.stats.AdaptiveHistogram;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.DatasetScan;
import mirage.report.stats.Knob;
import mirage.report.stats.SweepIndex;
import mirage.report.stats.SweepScan;

/**
 * {@code mirage report}: one self-contained HTML file about a dataset folder, or about every variant of a sweep
 * folder (one holding {@code sweep.json}) side by side. The file is written atomically; the same folder gives the
 * same bytes.
 */
public final class HtmlReport {
    /** The report's JSON names the writer: {@code tool} "mirage" and this {@code version}. */
    public record Options(DatasetScan.Options scan, String version) {}

    /** What was written: the datasets scanned (a sweep's rendered variants, in order). */
    public record Result(boolean sweep, List<DatasetReport> datasets) {}

    private HtmlReport() {
    }

    public static Result write(Path dir, Path out, Options options, DatasetScan.Listener listener) {
        ObjectNode json = ReportJson.JSON.createObjectNode().put("tool", "mirage").put("version", options.version());
        String page;
        Result result;
        if (SweepIndex.isSweep(dir)) {
            SweepScan scan = SweepScan.scan(dir, options.scan(), listener);
            List<DatasetView> views = views(scan.variants());
            json.put("report", "sweep");
            sweepJson(json, dir, scan, views);
            page = Page.of("Sweep report: " + name(dir), SweepPage.body(scan, views), ReportJson.forScript(json));
            result = new Result(true, scan.variants().stream().filter(r -> r != null).toList());
        } else {
            DatasetReport r = DatasetScan.scan(dir, name(dir), options.scan(), listener);
            DatasetView v = DatasetView.of(r, ChartBook.Axes.OWN);
            json.put("report", "dataset").set("dataset", ReportJson.dataset(v));
            page = Page.of("Dataset report: " + r.name(), DatasetPage.body(v), ReportJson.forScript(json));
            result = new Result(false, List.of(r));
        }
        AtomicWriter.write(out, o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
        return result;
    }

    private static String name(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "/" : n.toString();
    }

    /** The variants' views, their histograms of the same kind on one shared axis each. */
    private static List<DatasetView> views(List<DatasetReport> reports) {
        Map<String, List<AdaptiveHistogram>> byId = new HashMap<>();
        for (DatasetReport r : reports) {
            if (r == null) continue;
            ChartBook.adaptive(r).forEach((id, h) -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(h));
            for (Knob k : r.stats().scene().knobs())
                if (k.numbers() != null) byId.computeIfAbsent(KnobCharts.PREFIX + k.path(), x -> new ArrayList<>()).add(k.numbers());
        }
        Map<String, AdaptiveHistogram.Axis> axes = new HashMap<>();
        byId.forEach((id, hs) -> axes.put(id, AdaptiveHistogram.axis(hs)));
        ChartBook.Axes shared = (id, h) -> axes.getOrDefault(id, AdaptiveHistogram.axis(List.of(h)));
        List<DatasetView> views = new ArrayList<>();
        for (DatasetReport r : reports) views.add(r == null ? null : DatasetView.of(r, shared));
        return views;
    }

    private static void sweepJson(ObjectNode json, Path dir, SweepScan scan, List<DatasetView> views) {
        json.put("base", scan.index().base());
        ArrayNode axes = json.putArray("axes");
        for (SweepIndex.Axis a : scan.index().axes()) {
            ObjectNode n = axes.addObject().put("field", a.field()).put("name", a.name());
            a.labels().forEach(n.putArray("labels")::add);
        }
        ArrayNode variants = json.putArray("variants");
        Path root = dir.toAbsolutePath().normalize();
        for (int i = 0; i < views.size(); i++) {
            SweepIndex.Variant v = scan.index().variants().get(i);
            ObjectNode n = variants.addObject().put("variant", v.name()).put("folder", root.relativize(v.folder()).toString());
            ObjectNode values = n.putObject("values");
            v.values().forEach(values::put);
            if (views.get(i) == null) n.putNull("dataset");
            else n.set("dataset", ReportJson.dataset(views.get(i)));
        }
    }
}
