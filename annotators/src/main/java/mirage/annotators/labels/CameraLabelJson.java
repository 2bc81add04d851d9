package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.field;
import static mirage.annotators.labels.JsonIn.int32;
import static mirage.annotators.labels.JsonIn.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code camera} object of a frame record: size and intrinsics in pixels, near and far in metres,
 * {@code "convention": "opencv"} and {@code world_to_camera} as 4 rows.
 */
final class CameraLabelJson {
    /** The keys of the camera object, in the order they are written. */
    static final List<String> KEYS = List.of("width", "height", "fx", "fy", "cx", "cy", "near", "far", "convention",
            "world_to_camera");

    private CameraLabelJson() {
    }

    static void write(CameraLabel c, ObjectNode into) {
        into.put("width", c.width());
        into.put("height", c.height());
        into.put("fx", c.fx());
        into.put("fy", c.fy());
        into.put("cx", c.cx());
        into.put("cy", c.cy());
        into.put("near", c.near());
        into.put("far", c.far());
        into.put("convention", FrameLabelJson.CONVENTION);
        into.set("world_to_camera", JsonOut.rows(c.worldToCamera(), 4));
    }

    /**
     * The camera object {@code n} at {@code path}; unknown keys and a convention other than {@code opencv} are
     * rejected (the convention may be absent).
     *
     * @throws LabelFormatException for an unknown, missing or mistyped key; a rule the record breaks is its
     *     {@link IllegalArgumentException}, for the caller to place ({@link JsonIn#build})
     */
    static CameraLabel read(JsonNode n, String path) throws LabelFormatException {
        JsonIn.onlyKeys(n, path, KEYS);
        JsonNode convention = JsonIn.optional(n, "convention");
        if (convention != null && !FrameLabelJson.CONVENTION.equals(convention.asText(null))) {
            throw JsonIn.error(path + ".convention",
                    "expected \"" + FrameLabelJson.CONVENTION + "\", got " + convention);
        }
        return new CameraLabel(int32(n, "width", path), int32(n, "height", path), number(n, "fx", path),
                number(n, "fy", path), number(n, "cx", path), number(n, "cy", path), number(n, "near", path),
                number(n, "far", path),
                JsonIn.rows(field(n, "world_to_camera", path), path + ".world_to_camera", 4, 4));
    }
}
