package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Reads a Jackson-bound value (a spec record) from inside a hand-written deserializer, keeping the field path of
 * its problems: Jackson only records the keys its own bean deserializers pass through, so the key the
 * hand-written one read is added here.
 */
final class Nested {
    private Nested() {}

    /** The value of {@code key}, whose first token is current, bound as {@code type}. */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Class<T> type, String key) throws IOException {
        try {
            return ctxt.readValue(p, type);
        } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, type, key);
        } catch (SpecViolation v) {
            throw v.within(key);
        }
    }

    /**
     * True when the current value is an explicit null. Hand-written mappings skip such a value as if the key were
     * absent, as Jackson does for record components, so the loader reports it as a null with its place.
     */
    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }
}
