package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Binds a spec document's tree (with any overrides already applied) into a {@link SceneSpec} with the loader's
 * configured reader, turning every problem into one located {@link SpecException}: located in the document
 * through its index, then moved to the override that caused it (see {@link SpecOverrides#relocate}).
 */
final class SpecBinding {
    private final ObjectReader reader;
    private final SpecErrors errors;
    private final String source;
    private final SpecFormat format;

    /** @param reader a reader for {@link SceneSpec} carrying the spec folder and allowed roots */
    SpecBinding(ObjectReader reader, SpecErrors errors, String source, SpecFormat format) {
        this.reader = reader;
        this.errors = errors;
        this.source = source;
        this.format = format;
    }

    SceneSpec bind(ObjectNode tree, List<SpecOverride> overrides) {
        try {
            return reader.readValue(tree);
        } catch (JsonMappingException e) {
            throw SpecOverrides.relocate(errors.translate(e), errors.causePath(e), overrides);
        } catch (JsonProcessingException e) {
            throw SpecErrors.malformed(source, format, e);
        } catch (SpecViolation v) {
            throw fail(v, overrides);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read spec: " + e.getMessage());
        }
    }

    /** A violation of the whole document (its field relative to the root), located like a binding error. */
    SpecException fail(SpecViolation v, List<SpecOverride> overrides) {
        JsonMappingException e = JsonMappingException.wrapWithPath(v, SceneSpec.class, "");
        return SpecOverrides.relocate(errors.translate(e), errors.causePath(e), overrides);
    }
}
