package mirage.annotators.labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the label model reads from a dataset's {@code dataset.json}; every other key of that file is ignored.
 * <pre>
 * "categories": [ { "id": 1, "name": "coin", "keypoints": ["top", "bottom"] }, ... ]   ids 1..K in order;
 *                                                                                       "keypoints" optional
 * "depth_scale": 1.0                                                                    mm per depth PNG unit, > 0
 * </pre>
 *
 * @param categories the categories in id order
 * @param depthScale millimetres per depth PNG unit
 */
public record DatasetManifest(List<CategoryLabel> categories, double depthScale) {
    /** The manifest's file name inside a dataset folder. */
    public static final String FILE = "dataset.json";

    public DatasetManifest {
        categories = List.copyOf(categories);
    }

    /** Reads the two keys from {@code file}; errors name the file and the JSON path. */
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
        JsonNode list = JsonIn.array(root, "categories", "$");
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
        return new DatasetManifest(categories, JsonIn.number(root, "depth_scale", "$"));
    }
}
