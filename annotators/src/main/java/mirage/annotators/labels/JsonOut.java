package mirage.annotators.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * JSON tree values for the label writers, the counterpart of {@link JsonIn}: doubles are written as doubles,
 * box and RLE sizes as ints, a missing value as JSON null.
 */
final class JsonOut {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonOut() {
    }

    /** Row-major numbers as nested arrays of {@code cols} numbers each. */
    static ArrayNode rows(double[] values, int cols) {
        ArrayNode rows = F.arrayNode();
        for (int r = 0; r < values.length / cols; r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < cols; c++) row.add(values[r * cols + c]);
        }
        return rows;
    }

    /** A flat array of numbers. */
    static ArrayNode numbers(double[] values) {
        ArrayNode a = F.arrayNode();
        for (double v : values) a.add(v);
        return a;
    }

    /** {@code [x, y, w, h]}, or JSON null. */
    static JsonNode box(PixelBox b) {
        return orNull(b, v -> F.arrayNode().add(v.x()).add(v.y()).add(v.w()).add(v.h()));
    }

    /** A COCO compressed RLE object {@code {"size": [h, w], "counts": "..."}}, or JSON null. */
    static JsonNode rle(Rle r) {
        return orNull(r, v -> {
            ObjectNode n = F.objectNode();
            n.putArray("size").add(v.height()).add(v.width());
            n.put("counts", v.counts());
            return n;
        });
    }

    /** {@code write(value)}, or JSON null when {@code value} is null. */
    static <T> JsonNode orNull(T value, Function<T, JsonNode> write) {
        return value == null ? F.nullNode() : write.apply(value);
    }
}
