package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads a scene spec file (YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json}) into a validated
 * {@link SceneSpec}. Relative paths in the spec are resolved against the spec file's folder and checked while
 * reading. Any problem is one {@link SpecException} naming file, line, column and field.
 *
 * <p>Thread-safe: it holds only configured, immutable Jackson readers.
 */
public final class SpecLoader {
    /** Largest spec file accepted, bytes; a scene spec is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 4L << 20;

    private final Map<SpecFormat, ObjectMapper> mappers = new EnumMap<>(SpecFormat.class);

    public SpecLoader() {
        for (SpecFormat f : SpecFormat.values()) mappers.put(f, SpecMappers.forFormat(f));
    }

    /** Loads and validates {@code file}. */
    public SceneSpec load(Path file) {
        String source = file.toString();
        SpecFormat format = SpecFormat.of(file);
        if (format == null)
            throw new SpecException(source, 0, 0, "", "unsupported spec file type; use .yaml, .yml or .json");
        Path absolute = file.toAbsolutePath().normalize();
        return parse(read(absolute, source), format, absolute, source);
    }

    /**
     * Parses spec text as if it were the file {@code file} (whose folder anchors relative paths and whose name
     * appears in messages); the file itself is not read.
     */
    public SceneSpec parse(String text, SpecFormat format, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return parse(text.getBytes(StandardCharsets.UTF_8), format, absolute, file.toString());
    }

    private static byte[] read(Path file, String source) {
        try {
            if (!Files.isRegularFile(file)) throw new SpecException(source, 0, 0, "", "spec file not found: " + file);
            if (Files.size(file) > MAX_FILE_BYTES)
                throw new SpecException(source, 0, 0, "", "spec file is larger than " + MAX_FILE_BYTES + " bytes");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read spec file: " + e.getMessage());
        }
    }

    private SceneSpec parse(byte[] content, SpecFormat format, Path file, String source) {
        ObjectMapper mapper = mappers.get(format);
        LocationIndex index = index(mapper, content, format, source);
        SpecErrors errors = new SpecErrors(source, index);
        SceneSpec spec;
        try {
            spec = mapper.readerFor(SceneSpec.class).withAttribute(SpecFiles.BASE_DIR, file.getParent()).readValue(content);
        } catch (JsonMappingException e) {
            throw errors.translate(e);
        } catch (JsonProcessingException e) {
            throw SpecErrors.malformed(source, format, e);
        } catch (SpecViolation v) {
            throw errors.translate(JsonMappingException.wrapWithPath(v, SceneSpec.class, ""));
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read spec: " + e.getMessage());
        }
        String nullPath = index.firstNull();
        if (nullPath != null) throw errors.nullValue(nullPath);
        return spec.withSourceFile(file);
    }

    private static LocationIndex index(ObjectMapper mapper, byte[] content, SpecFormat format, String source) {
        try (JsonParser p = mapper.getFactory().createParser(content)) {
            return LocationIndex.build(p, source);
        } catch (JsonProcessingException e) {
            throw SpecErrors.malformed(source, format, e);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read spec: " + e.getMessage());
        }
    }
}
