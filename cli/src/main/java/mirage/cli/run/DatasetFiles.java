package mirage.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.coco.CocoWriter;
import mirage.annotators.export.CocoExporter;
import mirage.annotators.export.CocoSegmentation;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.cli.Version;
import mirage.dataset.DatasetFolder;
import mirage.dataset.DatasetLayout;
import mirage.dataset.output.FrameOutputs;
import mirage.core.error.MirageException;
import mirage.core.random.Seeds;
import mirage.renderer.RendererInfo;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SplitPlan;
import mirage.scenes.spec.SpecWriter;

/**
 * The dataset-wide files, assembled from the frame records on disk once the frames are done (or the run was
 * stopped): {@code annotations/instances.json} (COCO), with splits one {@code annotations/instances_<name>.json}
 * per split holding only its frames, and {@code dataset.json}. None holds a timestamp, so the same spec and seed
 * give the same bytes, resumed or not.
 */
final class DatasetFiles {
    static final String COCO_FILE = CocoExporter.FILE;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the assembled dataset holds. */
    record Counts(int frames, long annotations) {}

    private final DatasetFolder out;

    DatasetFiles(DatasetFolder out) {
        this.out = out;
    }

    /** True when {@code root}'s dataset.json says {@code complete: true}; false when it is missing or unreadable. */
    static boolean recordedComplete(Path root) {
        Path file = root.resolve(DatasetLayout.MANIFEST);
        if (!Files.isRegularFile(file)) return false;
        try {
            return JSON.readTree(file.toFile()).path("complete").asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    Counts write(SceneSpec spec, SplitPlan plan, RendererInfo renderer, boolean complete) {
        List<FrameLabel> frames;
        try {
            frames = FrameLabelJson.readAll(out.root().resolve(FrameLabelJson.FOLDER));
        } catch (IOException e) {
            throw new MirageException(out.root() + ": cannot read back the frame records: " + e.getMessage(), e);
        }
        DatasetLabels labels = new DatasetLabels(categories(spec), frames, spec.outputs().depthScale());
        CocoExporter coco = new CocoExporter(CocoSegmentation.RLE, new CocoInfo("Mirage synthetic dataset", Version.current()));
        try {
            coco.export(labels, out.root());
        } catch (IOException e) {
            throw new MirageException(out.root().resolve(COCO_FILE) + ": cannot write: " + e.getMessage(), e);
        }
        List<DatasetLabels> splits = new ArrayList<>();
        if (plan.hasSplits())
            for (SplitPlan.Part part : plan.parts()) {
                DatasetLabels own = new DatasetLabels(labels.categories(),
                        frames.stream().filter(f -> part.contains(f.frame())).toList(), part.spec().outputs().depthScale());
                writeSplitCoco(coco, part.name(), own);
                splits.add(own);
            }
        long annotations = annotations(labels);
        out.write(DatasetLayout.MANIFEST, o -> JSON.writeValue(o, manifest(spec, renderer, labels, annotations, complete,
                plan, splits)));
        return new Counts(frames.size(), annotations);
    }

    /** {@code annotations/instances_<name>.json}: the same COCO writer, the split's frames only. */
    static String splitCocoFile(String split) {
        return DatasetLayout.ANNOTATIONS + "/instances_" + split + ".json";
    }

    private void writeSplitCoco(CocoExporter coco, String split, DatasetLabels labels) {
        CocoDataset dataset;
        try {
            dataset = coco.toCoco(labels);
        } catch (IOException e) {
            throw new MirageException(out.root().resolve(splitCocoFile(split)) + ": cannot write: " + e.getMessage(), e);
        }
        out.write(splitCocoFile(split), o -> new CocoWriter().write(dataset, o));
    }

    private static long annotations(DatasetLabels labels) {
        return labels.frames().stream().mapToLong(f -> f.annotated().size()).sum();
    }

    static List<CategoryLabel> categories(SceneSpec spec) {
        List<CategoryLabel> out = new ArrayList<>();
        List<String> names = spec.categories();
        for (int i = 0; i < names.size(); i++) out.add(new CategoryLabel(i + 1, names.get(i), spec.categoryKeypoints().get(i)));
        return out;
    }

    private static ObjectNode manifest(SceneSpec spec, RendererInfo renderer, DatasetLabels labels, long annotations,
                                       boolean complete, SplitPlan plan, List<DatasetLabels> splits) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("tool", "mirage");
        root.put("version", Version.current());
        root.put("complete", complete);
        root.put("seed", spec.seed());
        root.put("frames", spec.frames());
        root.put("random_algorithm", Seeds.ALGORITHM);
        ArrayNode cats = root.putArray("categories");
        for (CategoryLabel c : labels.categories()) {
            ObjectNode n = cats.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            ArrayNode kp = n.putArray("keypoints");
            c.keypoints().forEach(kp::add);
        }
        root.put("depth_scale", labels.depthScale());
        root.set("spec", SpecWriter.toTree(spec));
        ObjectNode r = root.putObject("renderer");
        r.put("device", renderer.device());
        r.put("gl_vendor", renderer.glVendor());
        r.put("gl_renderer", renderer.glRenderer());
        r.put("gl_version", renderer.glVersion());
        ObjectNode outputs = root.putObject("outputs");
        FrameOutputs.manifest(spec.outputs()).forEach(outputs::put);
        outputs.put("coco", COCO_FILE);
        counts(root.putObject("counts"), labels);
        if (plan.hasSplits()) {
            ArrayNode list = root.putArray("splits");
            for (int k = 0; k < splits.size(); k++) {
                SplitPlan.Part part = plan.parts().get(k);
                ObjectNode n = list.addObject();
                n.put("name", part.name());
                n.put("first_frame", part.firstFrame());
                n.put("frames", part.frames());
                n.put("coco", splitCocoFile(part.name()));
                counts(n.putObject("counts"), splits.get(k));
            }
        }
        return root;
    }

    private static void counts(ObjectNode counts, DatasetLabels labels) {
        counts.put("images", labels.frames().size());
        counts.put("instances", labels.frames().stream().mapToLong(fr -> fr.instances().size()).sum());
        counts.put("annotations", annotations(labels));
    }
}
