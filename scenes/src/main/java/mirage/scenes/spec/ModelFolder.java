package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A folder of 3D models named by the spec, listed once at load: the files directly inside it with one of
 * {@link #EXTENSIONS} (case-insensitive), sorted by file name, each confined like every file a spec names. A sampler
 * picks one by index, so the listing is part of the spec and frames do not change if files are added later.
 * Written back as {@code given}.
 *
 * @param given  the folder as written in the spec (relative to the spec file's folder, or absolute)
 * @param folder the absolute, normalised folder
 * @param models absolute paths of its models, sorted by file name; at least one
 */
@JsonDeserialize(using = ModelFolder.Reader.class)
@JsonSerialize(using = GivenPath.Writer.class)
public record ModelFolder(String given, Path folder, List<Path> models) implements GivenPath {
    /** Model file extensions a folder is searched for. */
    public static final List<String> EXTENSIONS = List.of("glb", "gltf", "obj", "ply", "stl", "fbx");

    public ModelFolder {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(folder, "folder");
        models = SpecFiles.nonEmptyListing(models, folder, "model");
    }

    @Override public String toString() {
        return given;
    }

    static final class Reader extends StdDeserializer<ModelFolder> {
        Reader() {
            super(ModelFolder.class);
        }

        @Override public ModelFolder deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            SpecFiles.Listing listing = SpecFiles.readFolder(p, ctxt, EXTENSIONS, "models");
            return new ModelFolder(listing.given(), listing.folder(), listing.files());
        }
    }
}
