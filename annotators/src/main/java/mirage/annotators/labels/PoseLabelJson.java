package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.field;
import static mirage.annotators.labels.JsonIn.numbers;
import static mirage.annotators.labels.JsonIn.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The keys of a {@link PoseLabel} in an instance object: 4x4 and 3x3 matrices as rows, vectors as flat arrays.
 */
final class PoseLabelJson {
    /** The keys this codec writes and reads. */
    static final List<String> KEYS = List.of("model_to_world", "model_to_camera", "rotation", "translation", "scale",
            "size");

    private PoseLabelJson() {
    }

    static void write(PoseLabel pose, ObjectNode into) {
        into.set("model_to_world", JsonOut.rows(pose.modelToWorld(), 4));
        into.set("model_to_camera", JsonOut.rows(pose.modelToCamera(), 4));
        into.set("rotation", JsonOut.rows(pose.rotation(), 3));
        into.set("translation", JsonOut.numbers(pose.translation()));
        into.set("scale", JsonOut.numbers(pose.scale()));
        into.set("size", JsonOut.numbers(pose.size()));
    }

    /**
     * The pose in object {@code n} at {@code path}.
     *
     * @throws LabelFormatException for a missing or mistyped key; a rule the record breaks is its
     *     {@link IllegalArgumentException}, for the caller to place ({@link JsonIn#build})
     */
    static PoseLabel read(JsonNode n, String path) throws LabelFormatException {
        double[] m2w = rows(field(n, "model_to_world", path), path + ".model_to_world", 4, 4);
        double[] m2c = rows(field(n, "model_to_camera", path), path + ".model_to_camera", 4, 4);
        double[] rotation = rows(field(n, "rotation", path), path + ".rotation", 3, 3);
        double[] translation = numbers(field(n, "translation", path), path + ".translation", 3);
        double[] scale = numbers(field(n, "scale", path), path + ".scale", 3);
        double[] size = numbers(field(n, "size", path), path + ".size", 3);
        return new PoseLabel(m2w, m2c, rotation, translation, scale, size);
    }
}
