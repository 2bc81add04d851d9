package mirage.scenes.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders a spec may name files in: the spec file's own folder and the extra roots its caller allows
 * ({@code --allow-root}). A path is inside when it is, or lies below, one of them. Two checks, both needed:
 * <ul>
 *   <li>an existing file counts by its real path ({@link Path#toRealPath}, every symbolic link followed), against
 *       the roots' real paths, so a link inside a root that points outside is refused;</li>
 *   <li>a path that does not exist counts by its normalised form (no {@code ..} left), against the roots as given
 *       and as real paths, so {@code ../../x} is refused as an escape rather than reported as a missing file.</li>
 * </ul>
 * Immutable and thread-safe; the file system is read on every {@link #check}, so a link changed after load is not
 * noticed (the renderer opens the checked path right after loading).
 */
final class SpecRoots {
    private final List<Path> given;
    private final List<Path> real;

    private SpecRoots(List<Path> given, List<Path> real) {
        this.given = List.copyOf(given);
        this.real = List.copyOf(real);
    }

    /**
     * @param specFolder the absolute folder of the spec file
     * @param extra      absolute, normalised, existing folders (see {@link #requireFolders})
     */
    static SpecRoots of(Path specFolder, List<Path> extra) {
        Set<Path> given = new LinkedHashSet<>();
        given.add(specFolder.toAbsolutePath().normalize());
        given.addAll(extra);
        List<Path> real = new ArrayList<>();
        for (Path root : given) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                // a root that cannot be resolved contains no existing file; its lexical form still counts
            }
        }
        return new SpecRoots(new ArrayList<>(given), real);
    }

    /**
     * The caller's extra roots, absolute and normalised.
     *
     * @throws SpecException naming the first one that is not an existing folder
     */
    static List<Path> requireFolders(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs))
                throw new SpecException(null, 0, 0, "", "allowed root " + abs + " is not an existing folder");
            out.add(abs);
        }
        return List.copyOf(out);
    }

    /**
     * Refuses {@code path} (absolute and normalised) unless it is inside a root, as described above.
     *
     * @param given the path as the spec wrote it, for the message
     * @throws SpecViolation naming the path, where it really leads and which folders are allowed
     */
    void check(Path path, String given) {
        if (Files.exists(path)) {
            Path realPath;
            try {
                realPath = path.toRealPath();
            } catch (IOException | SecurityException e) {
                throw SpecViolation.invalid("", shown(given) + " cannot be resolved: " + e.getMessage());
            }
            if (inside(realPath, real)) return;
            String what = realPath.equals(path) ? " is " : " leads through a symbolic link to ";
            throw SpecViolation.invalid("", shown(given) + what + realPath + ", outside " + describe());
        }
        if (inside(path, this.given) || inside(path, real)) return;
        throw SpecViolation.invalid("", shown(given) + " is " + path + ", outside " + describe());
    }

    /** "the spec folder /a" or "the spec folder /a and the allowed roots /b, /c". */
    String describe() {
        String s = "the spec folder " + given.get(0);
        if (given.size() == 1) return s;
        return s + " and the allowed roots " + String.join(", ", given.subList(1, given.size()).stream().map(Path::toString).toList());
    }

    /** The path as written, quoted, cut at 200 characters. */
    private static String shown(String given) {
        return "\"" + (given.length() > 200 ? given.substring(0, 200) + "..." : given) + "\"";
    }

    private static boolean inside(Path path, List<Path> roots) {
        for (Path root : roots)
            if (path.startsWith(root)) return true;
        return false;
    }
}
