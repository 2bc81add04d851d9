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
 * A folder of images named by the spec, listed once at load: the png/jpg/jpeg files directly inside it (extension
 * case-insensitive), sorted by file name. A sampler picks one by index, so the listing is part of the spec and
 * frames do not change if files are added later. Written back as {@code given}.
 *
 * @param given  the folder as written in the spec (relative to the spec file's folder, or absolute)
 * @param folder the absolute, normalised folder
 * @param images absolute paths of its images, sorted by file name; at least one
 */
@JsonDeserialize(using = ImageFolder.Reader.class)
@JsonSerialize(using = GivenPath.Writer.class)
public record ImageFolder(String given, Path folder, List<Path> images) implements GivenPath {
    public ImageFolder {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(folder, "folder");
        images = SpecFiles.nonEmptyListing(images, folder, "image");
    }

    @Override public String toString() {
        return given;
    }

    /** Reads a folder path whose token is current, resolving and listing it; problems are reported under {@code field}. */
    static ImageFolder read(JsonParser p, DeserializationContext ctxt, String field) throws IOException {
        return read(p, ctxt, field, SpecFiles.IMAGE_EXTENSIONS, "images");
    }

    private static ImageFolder read(JsonParser p, DeserializationContext ctxt, String field, List<String> extensions,
                                    String what) throws IOException {
        try {
            SpecFiles.Listing listing = SpecFiles.readFolder(p, ctxt, extensions, what);
            return new ImageFolder(listing.given(), listing.folder(), listing.files());
        } catch (SpecViolation v) {
            throw v.within(field);
        }
    }

    static final class Reader extends StdDeserializer<ImageFolder> {
        Reader() {
            super(ImageFolder.class);
        }

        @Override public ImageFolder deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, "");
        }
    }

    /** Reads a folder of HDR environment maps: its .hdr and .exr files. */
    static final class HdrReader extends StdDeserializer<ImageFolder> {
        HdrReader() {
            super(ImageFolder.class);
        }

        @Override public ImageFolder deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, "", SpecFiles.HDR_EXTENSIONS, "HDR maps");
        }
    }
}
