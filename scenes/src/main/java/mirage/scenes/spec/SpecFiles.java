package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Resolves the paths a spec names, while it is read: relative paths against the spec file's folder (the
 * {@link #BASE_DIR} attribute of the deserialization context), absolute ones as they are; refuses any that lead
 * outside the allowed folders (the {@link #ROOTS} attribute, see {@link SpecRoots}); then checks that they exist,
 * so a missing file is reported with its line.
 */
final class SpecFiles {
    /** Context attribute holding the absolute folder of the spec file. */
    static final String BASE_DIR = "mirage.scenes.spec.baseDir";
    /** Context attribute holding the {@link SpecRoots} every named file must lie in. */
    static final String ROOTS = "mirage.scenes.spec.roots";
    /** Most files (images, models) one folder may list; a folder with more is certainly not what was meant. */
    static final int MAX_FOLDER_IMAGES = 100_000;
    /** Image file extensions a folder is searched for, compared case-insensitively. */
    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg");
    /** HDR environment map extensions (Radiance, OpenEXR), compared case-insensitively. */
    static final List<String> HDR_EXTENSIONS = List.of("hdr", "exr");

    private SpecFiles() {}

    /** Reads a non-empty path string whose token is current. */
    static String readPathString(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING)
            throw SpecViolation.invalid("", "must be a path (a string), got " + Tokens.shown(p));
        String given = p.getText();
        if (given.isBlank()) throw SpecViolation.invalid("", "must be a path, got an empty string");
        return given;
    }

    /** The absolute, normalised location of {@code given}, checked to lie inside the allowed folders. */
    static Path resolve(DeserializationContext ctxt, String given) {
        Object base = ctxt.getAttribute(BASE_DIR);
        if (!(base instanceof Path baseDir)) throw new IllegalStateException("no spec folder set; load specs with SpecLoader");
        Path path;
        try {
            path = baseDir.resolve(Path.of(given)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw SpecViolation.invalid("", "not a valid path: " + Tokens.quote(given) + " (" + e.getReason() + ")");
        }
        roots(ctxt).check(path, given);
        return path;
    }

    /** The allowed folders of the spec being read. */
    static SpecRoots roots(DeserializationContext ctxt) {
        if (ctxt.getAttribute(ROOTS) instanceof SpecRoots roots) return roots;
        throw new IllegalStateException("no allowed folders set; load specs with SpecLoader");
    }

    static void requireRegularFile(Path file) {
        if (Files.isRegularFile(file)) return;
        if (Files.exists(file)) throw SpecViolation.invalid("", "not a regular file: " + file);
        throw SpecViolation.invalid("", "file not found: " + file);
    }

    /**
     * A folder named by the spec and its files.
     *
     * @param given  the folder as written in the spec
     * @param folder the absolute, normalised folder
     * @param files  its files, sorted by file name; at least one
     */
    record Listing(String given, Path folder, List<Path> files) {}

    /**
     * Reads a folder path whose token is current, resolves it and lists its files with one of {@code extensions}
     * (see {@link #listFiles}); {@code what} names the files in messages ("images", "models").
     */
    static Listing readFolder(JsonParser p, DeserializationContext ctxt, List<String> extensions, String what) throws IOException {
        String given = readPathString(p);
        Path folder = resolve(ctxt, given);
        return new Listing(given, folder, listFiles(folder, given, roots(ctxt), extensions, what));
    }

    /**
     * An unmodifiable copy of a folder record's files, refused when empty: every folder a spec names holds at least
     * one. {@code kind} names the files in the message ("image", "model").
     */
    static List<Path> nonEmptyListing(List<Path> files, Path folder, String kind) {
        List<Path> copy = List.copyOf(files);
        if (copy.isEmpty()) throw new IllegalArgumentException(kind + " folder " + folder + " lists no " + kind + "s");
        return copy;
    }

    /**
     * The regular files directly in {@code folder} whose extension (case-insensitive) is one of {@code extensions},
     * sorted by file name; never empty, at most {@link #MAX_FOLDER_IMAGES}, each inside {@code roots} too (a link in
     * the folder to a file elsewhere is refused). {@code what} names the files in messages ("images", "models").
     */
    private static List<Path> listFiles(Path folder, String given, SpecRoots roots, List<String> extensions, String what) {
        if (!Files.isDirectory(folder)) {
            String problem = Files.exists(folder) ? "not a folder: " : "folder not found: ";
            throw SpecViolation.invalid("", problem + folder);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(f -> hasExtension(f, extensions)).limit(MAX_FOLDER_IMAGES + 1L).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            throw SpecViolation.invalid("", "cannot list folder " + folder + ": " + e.getMessage());
        }
        if (files.isEmpty())
            throw SpecViolation.invalid("", "folder " + folder + " has no " + String.join("/", extensions) + " " + what);
        if (files.size() > MAX_FOLDER_IMAGES)
            throw SpecViolation.invalid("", "folder " + folder + " has more than " + MAX_FOLDER_IMAGES + " " + what);
        String prefix = given.endsWith("/") ? given : given + "/";
        for (Path file : files) roots.check(file, prefix + file.getFileName());
        return files;
    }

    private static boolean hasExtension(Path file, List<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1));
    }
}
