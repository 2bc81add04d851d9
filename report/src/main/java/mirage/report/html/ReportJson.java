package mirage.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mirage.annotators.labels.CategoryLabel;
import mirage.dataset.DatasetManifest;
import mirage.report.stats.DatasetReport;
import mirage.report.stats.ImageHashes;
import mirage.report.stats.Knob;
import mirage.report.stats.Sample;
import mirage.report.stats.SplitCounts;
import mirage.report.stats.Warning;

/**
 * The numbers of one dataset's report as JSON, the content of {@code <script type="application/json"
 * id="mirage-report">}: summary, counts per split and category, every chart's bins (or cells), the constant scene
 * values, duplicates, warnings and which frames are shown. Keys are documented in docs/FORMATS.md ("The report").
 */
final class ReportJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    static ObjectNode dataset(DatasetView v) {
        DatasetReport r = v.report();
        DatasetManifest m = r.manifest();
        ObjectNode n = JSON.createObjectNode();
        n.put("name", r.name());
        n.put("complete", m.complete());
        if (m.frames() >= 0) n.put("frames", m.endFrame() - m.firstFrame());
        else n.putNull("frames");
        n.put("records", r.records());
        n.put("seed", m.seed());
        n.put("version", m.version());
        ArrayNode cats = n.putArray("categories");
        for (CategoryLabel c : m.categories()) cats.addObject().put("id", c.id()).put("name", c.name());
        ObjectNode counts = counts(n.putObject("counts"), r.stats().all(), m.categories());
        ArrayNode splits = counts.putArray("per_split");
        for (SplitCounts s : r.stats().splits()) counts(splits.addObject().put("split", s.name()), s, m.categories());
        ArrayNode charts = n.putArray("charts");
        v.charts().forEach(c -> chart(charts.addObject(), c));
        ArrayNode constants = n.putArray("constants");
        for (Knob k : v.constants()) constants.addObject().put("path", k.path()).put("value", KnobCharts.constantValue(k)).put("count", k.count());
        n.put("scene_values_left_out", r.stats().scene().pathsLeftOut());
        duplicates(n.putObject("duplicates"), r.duplicates());
        ArrayNode warnings = n.putArray("warnings");
        for (Warning w : r.warnings()) warnings.addObject().put("kind", w.kind()).put("message", w.message());
        ArrayNode samples = n.putArray("samples");
        for (Sample s : r.samples()) samples.addObject().put("frame", s.frame()).put("split", s.split()).put("annotations", s.annotations());
        return n;
    }

    private static ObjectNode counts(ObjectNode n, SplitCounts s, List<CategoryLabel> categories) {
        n.put("images", s.images()).put("instances", s.instances()).put("annotations", s.annotations())
                .put("ignored", s.ignored()).put("frames_without_annotations", s.framesWithoutAnnotations());
        ArrayNode per = n.putArray("per_category");
        for (CategoryLabel c : categories)
            per.addObject().put("id", c.id()).put("category", c.name()).put("instances", s.instances(c.id()))
                    .put("annotations", s.annotations(c.id())).put("ignored", s.ignored(c.id()))
                    .put("truncated", s.truncated(c.id()));
        return n;
    }

    static void chart(ObjectNode n, Chart c) {
        n.put("id", c.id()).put("title", c.title()).put("note", c.note()).put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (c.grid() != null) {
            n.put("columns", c.grid().columns()).put("rows", c.grid().rows());
            ArrayNode rows = n.putArray("counts");
            for (int r = 0; r < c.grid().rows(); r++) {
                ArrayNode row = rows.addArray();
                for (int k = 0; k < c.grid().columns(); k++) row.add(c.grid().count(k, r));
            }
        }
        ArrayNode bins = n.putArray("bins");
        for (Chart.Bin b : c.bins()) {
            ObjectNode o = bins.addObject();
            if (c.kind() == Chart.Kind.HISTOGRAM) o.put("lo", b.lo()).put("hi", b.hi());
            else o.put("value", b.label());
            o.put("count", b.count());
        }
        ObjectNode facts = n.putObject("facts");
        c.facts().forEach((k, v) -> facts.set(k, JSON.valueToTree(v)));
    }

    private static void duplicates(ObjectNode n, ImageHashes.Duplicates d) {
        n.put("checked", d.checked()).put("not_checked", d.notChecked()).put("repeats", d.repeats());
        ArrayNode groups = n.putArray("examples");
        for (List<Integer> g : d.examples()) g.forEach(groups.addArray()::add);
    }

    /** JSON text safe inside a {@code <script>} element: no {@code </} or {@code <!--} can end it. */
    static String forScript(Object tree) {
        try {
            return JSON.writeValueAsString(tree).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report's JSON", e);
        }
    }
}
