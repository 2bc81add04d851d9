package mirage.cli.run;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoCategory;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.coco.CocoWriter;
import mirage.cli.Version;
import mirage.core.random.Seeds;
import mirage.renderer.RendererInfo;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecWriter;

/**
 * The dataset-wide files, written once all frames are done: {@code annotations/instances.json} (COCO) and
 * {@code dataset.json} (tool version, resolved spec, seed, frame count, renderer, outputs). Neither holds a
 * timestamp, so the same spec and seed give the same bytes.
 */
final class DatasetFiles {
    static final String COCO_FILE = OutputDir.ANNOTATIONS + "/instances.json";
    static final String MANIFEST_FILE = "dataset.json";

    private final OutputDir out;
    private final ObjectWriter json;

    DatasetFiles(OutputDir out, ObjectWriter json) {
        this.out = out;
        this.json = json;
    }

    void writeCoco(SceneSpec spec, List<FrameWriter.FrameLabels> frames) {
        List<CocoImage> images = new ArrayList<>(frames.size());
        List<CocoAnnotation> annotations = new ArrayList<>();
        for (FrameWriter.FrameLabels f : frames) {
            images.add(f.image());
            annotations.addAll(f.annotations());
        }
        CocoDataset coco = new CocoDataset(new CocoInfo("Mirage synthetic dataset", Version.current()), images,
                annotations, categories(spec));
        out.write(COCO_FILE, o -> new CocoWriter().write(coco, o));
    }

    static List<CocoCategory> categories(SceneSpec spec) {
        List<CocoCategory> out = new ArrayList<>();
        List<String> names = spec.categories();
        for (int i = 0; i < names.size(); i++) out.add(new CocoCategory(i + 1, names.get(i), "object"));
        return out;
    }

    void writeManifest(SceneSpec spec, RendererInfo renderer, List<FrameWriter.FrameLabels> frames) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("tool", "mirage");
        root.put("version", Version.current());
        root.put("seed", spec.seed());
        root.put("frames", spec.frames());
        root.put("random_algorithm", Seeds.ALGORITHM);
        root.set("spec", SpecWriter.toTree(spec));
        ObjectNode r = root.putObject("renderer");
        r.put("device", renderer.device());
        r.put("gl_vendor", renderer.glVendor());
        r.put("gl_renderer", renderer.glRenderer());
        r.put("gl_version", renderer.glVersion());
        ObjectNode outputs = root.putObject("outputs");
        outputs.put("images", OutputDir.IMAGES + "/");
        outputs.put("instance_masks", OutputDir.INSTANCE_MASKS + "/");
        outputs.put("semantic_masks", OutputDir.SEMANTIC_MASKS + "/");
        outputs.put("frames", OutputDir.FRAMES + "/");
        outputs.put("coco", COCO_FILE);
        ObjectNode counts = root.putObject("counts");
        counts.put("images", frames.size());
        counts.put("instances", frames.stream().mapToLong(FrameWriter.FrameLabels::instances).sum());
        counts.put("annotations", frames.stream().mapToLong(l -> l.annotations().size()).sum());
        counts.put("invisible_instances", frames.stream().mapToLong(l -> l.instances() - l.visibleInstances()).sum());
        out.write(MANIFEST_FILE, o -> json.writeValue(o, root));
    }
}
