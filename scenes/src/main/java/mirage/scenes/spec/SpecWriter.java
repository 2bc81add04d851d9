package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a {@link SceneSpec} as JSON in the spec-file schema, with every default filled in and paths written as
 * given in the spec (relative paths stay relative). Loading that JSON from a file in the original spec's folder
 * gives an equal spec. Meant for dataset.json, so a dataset records exactly what it was sampled from.
 */
public final class SpecWriter {
    private static final ObjectMapper MAPPER = SpecMappers.forFormat(SpecFormat.JSON);

    private SpecWriter() {}

    /** Pretty-printed JSON text. */
    public static String toJson(SceneSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write spec as JSON", e);
        }
    }

    /** A JSON tree, for embedding in another document. */
    public static JsonNode toTree(SceneSpec spec) {
        return MAPPER.valueToTree(spec);
    }
}
