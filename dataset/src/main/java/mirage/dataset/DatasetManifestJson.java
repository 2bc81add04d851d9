package mirage.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.JsonIn;
import mirage.annotators.labels.JsonMappers;
import mirage.annotators.labels.LabelFormatException;
import mirage.core.error.MirageException;

/**
 * The codec of {@code dataset.json}, the one place its layout is written and read. Keys, in this order:
 * <pre>
 * tool, version, complete, seed, frames, shard: {index, count, first_frame, frames} (only for one shard of a run),
 * random_algorithm,
 * categories: [{id, name, keypoints: [...]}, ...], depth_scale, spec: {...},
 * renderer: {device, gl_vendor, gl_renderer, gl_version}, outputs: {key: folder/ or file, ...},
 * counts: {images, instances, annotations},
 * splits: [{name, first_frame, frames, coco, counts}, ...]     (only with splits)
 * </pre>
 * Written with two-space indentation and {@code "key" : value}; nothing in it depends on time, so the same run
 * gives the same bytes. Reading ignores keys it does not know.
 */
public final class DatasetManifestJson {
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DatasetManifestJson() {}

    /** Writes the manifest to {@code out} (which Jackson closes). */
    public static void write(DatasetManifest m, OutputStream out) throws IOException {
        WRITER.writeValue(out, tree(m));
    }

    static ObjectNode tree(DatasetManifest m) {
        ObjectNode root = F.objectNode();
        root.put("tool", DatasetManifest.TOOL);
        root.put("version", m.version());
        root.put("complete", m.complete());
        root.put("seed", m.seed());
        root.put("frames", m.frames());
        if (m.shard() != null) {
            ObjectNode s = root.putObject("shard");
            s.put("index", m.shard().index());
            s.put("count", m.shard().count());
            s.put("first_frame", m.firstFrame());
            s.put("frames", m.endFrame() - m.firstFrame());
        }
        root.put("random_algorithm", m.randomAlgorithm());
        ArrayNode cats = root.putArray("categories");
        for (CategoryLabel c : m.categories()) {
            ObjectNode n = cats.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            ArrayNode kp = n.putArray("keypoints");
            c.keypoints().forEach(kp::add);
        }
        root.put("depth_scale", m.depthScale());
        root.set("spec", m.spec());
        ObjectNode r = root.putObject("renderer");
        r.put("device", m.renderer().device());
        r.put("gl_vendor", m.renderer().glVendor());
        r.put("gl_renderer", m.renderer().glRenderer());
        r.put("gl_version", m.renderer().glVersion());
        ObjectNode outputs = root.putObject("outputs");
        m.outputs().forEach(outputs::put);
        counts(root.putObject("counts"), m.counts());
        if (!m.splits().isEmpty()) {
            ArrayNode list = root.putArray("splits");
            for (DatasetManifest.Split s : m.splits()) {
                ObjectNode n = list.addObject();
                n.put("name", s.name());
                n.put("first_frame", s.firstFrame());
                n.put("frames", s.frames());
                n.put("coco", s.coco());
                counts(n.putObject("counts"), s.counts());
            }
        }
        return root;
    }

    private static void counts(ObjectNode n, DatasetManifest.Counts c) {
        n.put("images", c.images());
        n.put("instances", c.instances());
        n.put("annotations", c.annotations());
    }

    /**
     * Reads a dataset's manifest.
     *
     * @throws LabelFormatException naming the file and the JSON path when it is missing, malformed or lacks a
     *     required key
     */
    public static DatasetManifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new LabelFormatException(file + ": no such file");
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JsonMappers.reader().readTree(in);
        } catch (JsonProcessingException e) {
            throw new LabelFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(root);
        } catch (LabelFormatException e) {
            throw new LabelFormatException(file + ": " + e.getMessage(), e);
        }
    }

    static DatasetManifest parse(JsonNode root) throws LabelFormatException {
        JsonIn.object(root, "$");
        List<CategoryLabel> categories = categories(JsonIn.array(root, "categories", "$"));
        double depthScale = JsonIn.number(root, "depth_scale", "$");
        Map<String, String> outputs = new LinkedHashMap<>();
        JsonNode o = JsonIn.optional(root, "outputs");
        if (o != null) for (var it = JsonIn.object(o, "$.outputs").fields(); it.hasNext(); ) {
            var e = it.next();
            outputs.put(e.getKey(), JsonIn.text(o, e.getKey(), "$.outputs"));
        }
        List<DatasetManifest.Split> splits = new ArrayList<>();
        if (JsonIn.optional(root, "splits") != null) {
            JsonNode list = JsonIn.array(root, "splits", "$");
            for (int i = 0; i < list.size(); i++) splits.add(split(list.get(i), "$.splits[" + i + "]"));
        }
        boolean complete = JsonIn.optional(root, "complete") != null && JsonIn.bool(root, "complete", "$");
        long seed = JsonIn.optional(root, "seed") == null ? 0 : JsonIn.int64(root, "seed", "$");
        int frames = JsonIn.optional(root, "frames") == null ? -1 : JsonIn.int32(root, "frames", "$");
        Shard shard = shard(JsonIn.optional(root, "shard"));
        return new DatasetManifest(optionalText(root, "version"), complete, seed, frames, shard,
                optionalText(root, "random_algorithm"), categories, depthScale, JsonIn.optional(root, "spec"),
                renderer(JsonIn.optional(root, "renderer")), outputs, counts(JsonIn.optional(root, "counts"), "$.counts"),
                splits);
    }

    private static List<CategoryLabel> categories(JsonNode list) throws LabelFormatException {
        List<CategoryLabel> categories = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String path = "$.categories[" + i + "]";
            JsonNode c = JsonIn.object(list.get(i), path);
            int id = JsonIn.int32(c, "id", path);
            String name = JsonIn.text(c, "name", path);
            List<String> keypoints = new ArrayList<>();
            JsonNode kps = JsonIn.optional(c, "keypoints");
            if (kps != null) {
                if (!kps.isArray()) throw JsonIn.error(path + ".keypoints", "expected an array of names");
                for (int k = 0; k < kps.size(); k++) {
                    if (!kps.get(k).isTextual()) throw JsonIn.error(path + ".keypoints[" + k + "]", "expected a name");
                    keypoints.add(kps.get(k).textValue());
                }
            }
            try {
                categories.add(new CategoryLabel(id, name, keypoints));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw JsonIn.error(path, e.getMessage());
            }
        }
        return categories;
    }

    private static Shard shard(JsonNode n) throws LabelFormatException {
        if (n == null) return null;
        int index = JsonIn.int32(n, "index", "$.shard"), count = JsonIn.int32(n, "count", "$.shard");
        try {
            return new Shard(index, count);
        } catch (MirageException e) {
            throw JsonIn.error("$.shard", e.getMessage());
        }
    }

    private static DatasetManifest.Renderer renderer(JsonNode r) throws LabelFormatException {
        if (r == null) return null;
        String p = "$.renderer";
        return new DatasetManifest.Renderer(JsonIn.text(r, "device", p), JsonIn.text(r, "gl_vendor", p),
                JsonIn.text(r, "gl_renderer", p), JsonIn.text(r, "gl_version", p));
    }

    private static DatasetManifest.Counts counts(JsonNode c, String path) throws LabelFormatException {
        if (c == null) return null;
        return new DatasetManifest.Counts(JsonIn.int64(c, "images", path), JsonIn.int64(c, "instances", path),
                JsonIn.int64(c, "annotations", path));
    }

    private static DatasetManifest.Split split(JsonNode n, String path) throws LabelFormatException {
        return new DatasetManifest.Split(JsonIn.text(n, "name", path), JsonIn.int32(n, "first_frame", path),
                JsonIn.int32(n, "frames", path), JsonIn.text(n, "coco", path),
                counts(JsonIn.field(n, "counts", path), path + ".counts"));
    }

    private static String optionalText(JsonNode root, String key) throws LabelFormatException {
        return JsonIn.optional(root, key) == null ? "" : JsonIn.text(root, key, "$");
    }
}
