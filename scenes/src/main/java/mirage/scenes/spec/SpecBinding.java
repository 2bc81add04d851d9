package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Binds a document's tree (with any overrides already applied) into its record type with a configured reader,
 * turning every problem into one located {@link SpecException}: located in the document through its index, then
 * moved to the override that caused it (see {@link SpecOverrides#relocate}). Serves scene specs and sweep files.
 *
 * @param <T> the record bound: {@link SceneSpec} or {@link SweepSpec}
 */
final class SpecBinding<T> {
    private final ObjectReader reader;
    private final Class<T> type;
    private final SpecErrors errors;
    private final String source;
    private final SpecFormat format;
    private final String noun;

    /**
     * @param reader a reader for {@code type} (for specs, carrying the spec folder and allowed roots)
     * @param noun   the document in the message of an unexpected read error ("spec", "sweep file")
     */
    SpecBinding(ObjectReader reader, Class<T> type, SpecErrors errors, String source, SpecFormat format, String noun) {
        this.reader = reader;
        this.type = type;
        this.errors = errors;
        this.source = source;
        this.format = format;
        this.noun = noun;
    }

    T bind(ObjectNode tree, List<SpecOverride> overrides) {
        try {
            return reader.readValue(tree);
        } catch (JsonMappingException e) {
            throw SpecOverrides.relocate(errors.translate(e, overrides), errors.causePath(e), overrides);
        } catch (JsonProcessingException e) {
            throw SpecErrors.malformed(source, format, e);
        } catch (SpecViolation v) {
            throw fail(v, overrides);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read " + noun + ": " + e.getMessage());
        }
    }

    /** A violation of the whole document (its field relative to the root), located like a binding error. */
    SpecException fail(SpecViolation v, List<SpecOverride> overrides) {
        JsonMappingException e = JsonMappingException.wrapWithPath(v, type, "");
        return SpecOverrides.relocate(errors.translate(e, overrides), errors.causePath(e), overrides);
    }
}
