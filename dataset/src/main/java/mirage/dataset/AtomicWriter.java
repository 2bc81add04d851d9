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
        Path tmp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP_SUFFIX);
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
