package mirage.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import mirage.core.error.MirageException;

/**
 * The one way Mirage writes a file, into a dataset or anywhere else.
 *
 * <p>Guarantee: a file appears under its final name only whole. Its bytes go to a temporary file beside it
 * ({@code .NAME.<random>.tmp}, a name no other writer picks), which is then renamed over the final name in one
 * atomic step; a process killed at any point leaves either the old file or the new one, never a part, and at
 * most a temporary file that {@link #isTemporary} recognises. Not promised: durability across an operating-system
 * crash or power loss; files are not forced to the storage device (that costs about 1.5 ms a file here, several
 * per frame), so the newest files may be lost then. Safe for concurrent writers of different files.
 */
public final class AtomicWriter {
    private static final String TMP_SUFFIX = ".tmp";

    /** The content of a file, written to a stream the body must not close. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWriter() {}

    /**
     * Writes {@code target} (creating missing parent folders); on failure the target is untouched and the
     * temporary file removed.
     *
     * @throws MirageException naming the file and the problem
     */
    public static void write(Path target, Body body) {
        Path tmp = temporary(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new MirageException(target + ": cannot write: " + describe(e), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** How {@link #place} puts an existing file into a dataset. */
    public enum Placement {
        /** A hard link to the same data (no copy; the source stays); a copy where the two are on different file systems. */
        LINK,
        /** A copy of the bytes. */
        COPY,
        /** The source itself, moved (a copy then a delete across file systems). */
        MOVE
    }

    /**
     * Puts {@code source}'s content under {@code target} as {@link #write} would: linked or copied to a temporary
     * beside the target, then renamed over it (a move is renamed directly when it can be).
     *
     * @throws MirageException naming the files and the problem
     */
    public static void place(Path source, Path target, Placement how) {
        Path tmp = temporary(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (how == Placement.MOVE && moved(source, target)) return;
            if (how == Placement.COPY || !linked(source, tmp)) Files.copy(source, tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (how == Placement.MOVE) Files.delete(source);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new MirageException(target + ": cannot place " + source + ": " + describe(e), e);
        }
    }

    private static boolean moved(Path source, Path target) {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException otherFileSystem) {
            return false;
        }
    }

    private static boolean linked(Path source, Path link) {
        try {
            Files.createLink(link, source);
            return true;
        } catch (IOException | UnsupportedOperationException otherFileSystem) {
            return false;
        }
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP_SUFFIX);
    }

    /** Writes UTF-8 text, as {@link #write}. */
    public static void writeText(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code p} is a temporary file this writer left behind when killed before its rename. */
    public static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(TMP_SUFFIX) && Files.isRegularFile(p);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
