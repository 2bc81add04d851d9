package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.field;
import static mirage.annotators.labels.JsonIn.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The keys of a {@link Box3dLabel} in an instance object: 8 rows of (x, y, z) and 8 rows of (u, v) or null. */
final class Box3dLabelJson {
    /** The keys this codec writes and reads. */
    static final List<String> KEYS = List.of("box3d_camera", "box3d_image");

    private Box3dLabelJson() {
    }

    static void write(Box3dLabel box, ObjectNode into) {
        into.set("box3d_camera", JsonOut.rows(box.camera(), 3));
        into.set("box3d_image", JsonOut.orNull(box.image(), image -> JsonOut.rows(image, 2)));
    }

    /**
     * The 3D box in object {@code n} at {@code path}.
     *
     * @throws LabelFormatException for a missing or mistyped key; a rule the record breaks is its
     *     {@link IllegalArgumentException}, for the caller to place ({@link JsonIn#build})
     */
    static Box3dLabel read(JsonNode n, String path) throws LabelFormatException {
        double[] camera = rows(field(n, "box3d_camera", path), path + ".box3d_camera", 8, 3);
        double[] image = JsonIn.optional(n, "box3d_image", path, (v, at) -> rows(v, at, 8, 2));
        return new Box3dLabel(camera, image);
    }
}
