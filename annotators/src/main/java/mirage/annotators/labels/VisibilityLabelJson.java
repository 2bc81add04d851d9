package mirage.annotators.labels;

import static mirage.annotators.labels.JsonIn.bool;
import static mirage.annotators.labels.JsonIn.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The keys of a {@link VisibilityLabel} in an instance object: two numbers and a boolean. */
final class VisibilityLabelJson {
    /** The keys this codec writes and reads. */
    static final List<String> KEYS = List.of("visibility", "truncation", "ignore");

    private VisibilityLabelJson() {
    }

    static void write(VisibilityLabel v, ObjectNode into) {
        into.put("visibility", v.visibility());
        into.put("truncation", v.truncation());
        into.put("ignore", v.ignore());
    }

    /**
     * The ratios in object {@code n} at {@code path}.
     *
     * @throws LabelFormatException for a missing or mistyped key; a rule the record breaks is its
     *     {@link IllegalArgumentException}, for the caller to place ({@link JsonIn#build})
     */
    static VisibilityLabel read(JsonNode n, String path) throws LabelFormatException {
        return new VisibilityLabel(number(n, "visibility", path), number(n, "truncation", path),
                bool(n, "ignore", path));
    }
}
