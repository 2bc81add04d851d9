package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec-format document (a scene spec or a sweep file) ready to bind: its location index, for messages, and its
 * tree. Reading is bounded by {@link SpecLimits}; every problem is one {@link SpecException} naming the source.
 *
 * @param index where each field of the document stands
 * @param tree  the document
 */
record SpecDocument(LocationIndex index, ObjectNode tree) {
    /**
     * The file's bytes, read no further than one byte past {@link SpecLimits#MAX_DOCUMENT_BYTES} (the size could
     * change while reading).
     *
     * @param noun the file in messages ("spec file", "sweep file")
     */
    static byte[] read(Path file, String source, String noun) {
        requireFile(file, source, noun);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SpecLimits.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read " + noun + ": " + e.getMessage());
        }
        if (bytes.length > SpecLimits.MAX_DOCUMENT_BYTES) throw tooLarge(source, noun);
        return bytes;
    }

    /** Refuses a folder, or anything else that is not an existing regular file, given as {@code noun}. */
    static void requireFile(Path file, String source, String noun) {
        if (Files.isRegularFile(file)) return;
        String problem = Files.isDirectory(file) ? "is a folder, not a " + noun
                : Files.exists(file) ? "is not a regular file (a " + noun + " must be one)" : noun + " not found: " + file;
        throw new SpecException(source, 0, 0, "", problem);
    }

    /** The problem of a document over {@link SpecLimits#MAX_DOCUMENT_BYTES}; {@code noun} as for {@link #read}. */
    static SpecException tooLarge(String source, String noun) {
        return new SpecException(source, 0, 0, "", noun + " is larger than " + SpecLimits.MAX_DOCUMENT_BYTES + " bytes");
    }

    /**
     * Checks that {@code content} is UTF-8 ({@link Utf8Text}), indexes it, then reads it as a tree (two passes of the
     * format's parser).
     *
     * @param noun the document in the message of an unexpected read error ("spec", "sweep file")
     */
    static SpecDocument parse(ObjectMapper mapper, byte[] content, SpecFormat format, String source, String noun) {
        Utf8Text.require(content, source);
        try (JsonParser p = mapper.getFactory().createParser(content);
             JsonParser again = mapper.getFactory().createParser(content)) {
            LocationIndex index = LocationIndex.build(p, source);
            return new SpecDocument(index, SpecTree.read(again, source));
        } catch (JsonProcessingException e) {
            throw SpecErrors.malformed(source, format, e);
        } catch (IOException e) {
            throw new SpecException(source, 0, 0, "", "cannot read " + noun + ": " + e.getMessage());
        }
    }
}
