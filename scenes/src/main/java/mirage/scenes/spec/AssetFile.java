package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file named by the spec. Written back as {@code given}; when read by {@link SpecLoader} it was checked to be an
 * existing regular file.
 *
 * @param given the path as written in the spec (relative to the spec file's folder, or absolute)
 * @param path  the absolute, normalised path
 */
@JsonDeserialize(using = AssetFile.Reader.class)
@JsonSerialize(using = GivenPath.Writer.class)
public record AssetFile(String given, Path path) implements GivenPath {
    public AssetFile {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(path, "path");
        if (!path.isAbsolute()) throw new IllegalArgumentException("asset path must be absolute: " + path);
    }

    @Override public String toString() {
        return given;
    }

    static final class Reader extends StdDeserializer<AssetFile> {
        Reader() {
            super(AssetFile.class);
        }

        @Override public AssetFile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String given = SpecFiles.readPathString(p);
            Path path = SpecFiles.resolve(ctxt, given);
            SpecFiles.requireRegularFile(path);
            return new AssetFile(given, path);
        }
    }
}
