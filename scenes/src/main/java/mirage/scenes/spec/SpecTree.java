package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a spec document (already checked by {@link LocationIndex}: one mapping, within every limit, no duplicate
 * keys, anchors or aliases) into a Jackson tree, which overrides edit before binding. A number that is not finite
 * ({@code .inf}, {@code .nan}, {@code 1e999}) is no valid value of any spec field, and a tree cannot keep how it
 * was written, so it is refused here, at its place, as written.
 */
final class SpecTree {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(false);

    private final String source;

    private SpecTree(String source) {
        this.source = source;
    }

    /** The document {@code p} reads, from its first token; {@code source} names the file in errors. */
    static ObjectNode read(JsonParser p, String source) throws IOException {
        p.nextToken();
        return (ObjectNode) new SpecTree(source).value(p, "");
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode map = F.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.set(key, value(p, FieldPaths.join(path, key)));
                }
                return map;
            }
            case START_ARRAY -> {
                ArrayNode list = F.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p, path + "[" + list.size() + "]"));
                return list;
            }
            case VALUE_STRING -> {
                return F.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> F.numberNode(p.getIntValue());
                    case LONG -> F.numberNode(p.getLongValue());
                    default -> F.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return F.numberNode(finite(p, path));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return F.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return F.nullNode();
            }
            default -> throw error(p.currentTokenLocation(), path, "unsupported value " + Tokens.shown(p));
        }
    }

    private double finite(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String written = p.getText();
        double v;
        try {
            v = p.getDoubleValue();
        } catch (StreamReadException e) {
            throw error(at, path, "must be a finite number, got " + written);
        }
        if (!Double.isFinite(v)) throw error(at, path, "must be a finite number, got " + written);
        return v;
    }

    private SpecException error(JsonLocation at, String path, String reason) {
        return new SpecException(source, at.getLineNr(), at.getColumnNr(), path, reason);
    }
}
