package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
            return MAPPER.writeValueAsString(toTree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write spec as JSON", e);
        }
    }

    /** A JSON tree, for embedding in another document. */
    public static JsonNode toTree(SceneSpec spec) {
        ObjectNode tree = MAPPER.valueToTree(spec);
        if (spec.splits().isEmpty()) tree.remove("splits");
        else tree.remove("frames");   // a spec with splits leaves it out: the splits give the frames
        return tree;
    }
}
