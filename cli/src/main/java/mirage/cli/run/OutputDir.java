package mirage.cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import mirage.core.error.MirageException;

/**
 * The dataset folder and its fixed layout. Every file is written to a temporary name beside its final one and
 * renamed into place, so a reader (or a crash) never sees a half-written file under a final name.
 * Safe for concurrent writers of different files.
 */
public final class OutputDir {
    public static final String IMAGES = "images";
    public static final String INSTANCE_MASKS = "masks/instance";
    public static final String SEMANTIC_MASKS = "masks/semantic";
    public static final String FRAMES = "frames";
    public static final String ANNOTATIONS = "annotations";
    private static final List<String> FOLDERS = List.of(IMAGES, INSTANCE_MASKS, SEMANTIC_MASKS, FRAMES, ANNOTATIONS);

    private final Path root;

    private OutputDir(Path root) {
        this.root = root;
    }

    /**
     * Creates the layout. The folder must be absent or empty unless {@code overwrite}, so a run never mixes its
     * frames with another run's.
     */
    public static OutputDir create(Path root, boolean overwrite) {
        Path abs = root.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs))
                throw new MirageException(abs + ": output path exists and is not a folder");
            if (Files.isDirectory(abs) && !overwrite && !isEmpty(abs))
                throw new MirageException(abs + ": output folder is not empty (choose another --out or pass --overwrite)");
            for (String f : FOLDERS) Files.createDirectories(abs.resolve(f));
            return new OutputDir(abs);
        } catch (IOException e) {
            throw new MirageException(abs + ": cannot create the output folder: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    public Path root() {
        return root;
    }

    /** File name of frame i, six digits or more: 000017.png. */
    public static String frameName(int frameIndex, String extension) {
        return String.format("%06d.%s", frameIndex, extension);
    }

    /** Writes a file atomically (temporary file, then rename). */
    public void write(String relative, Body body) {
        Path target = root.resolve(relative);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Content of a file, written to a stream the caller does not close. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
