package mirage.cli.run;

import java.io.IOException;
import java.io.OutputStream;
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
    public static final String DEPTH = "depth";
    public static final String NORMALS = "normals";
    public static final String DATASET_FILE = "dataset.json";
    static final String TMP_SUFFIX = ".tmp";
    private static final List<String> FOLDERS = List.of(IMAGES, INSTANCE_MASKS, SEMANTIC_MASKS, FRAMES, ANNOTATIONS,
            DEPTH, NORMALS);

    private final Path root;

    private OutputDir(Path root) {
        this.root = root;
    }

    /**
     * Opens the output folder for a run of the spec with hash {@code specHash}:
     * <ul>
     *   <li>absent or empty: a new run;</li>
     *   <li>holding a run of the same spec: resumed (frames already complete are kept; temporaries of an
     *       interrupted write are removed);</li>
     *   <li>holding a run of another spec, or other files: refused, unless {@code overwrite}, which first deletes
     *       the dataset's own files and folders (nothing else) and starts anew.</li>
     * </ul>
     * {@code resume} insists on the second case.
     */
    public static OutputDir open(Path root, String specHash, int frames, boolean overwrite, boolean resume) {
        Path abs = root.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs))
                throw new MirageException(abs + ": output path exists and is not a folder");
            String recorded = Files.isDirectory(abs) ? RunFile.recordedHash(abs) : null;
            boolean same = specHash.equals(recorded);
            if (resume && !same)
                throw new MirageException(abs + ": nothing to resume: " + (recorded == null
                        ? "the folder holds no Mirage run" : "it holds a run of another spec"));
            if (!same && Files.isDirectory(abs) && !isEmpty(abs)) {
                if (!overwrite)
                    throw new MirageException(abs + ": output folder is not empty" + (recorded != null
                            ? " and holds a run of another spec (or seed or frame count)" : "")
                            + "; choose another --out, or pass --overwrite to replace its dataset files");
                deleteDataset(abs);
            }
            for (String f : FOLDERS) Files.createDirectories(abs.resolve(f));
            OutputDir dir = new OutputDir(abs);
            dir.removeTemporaries();
            if (!same) RunFile.write(dir, specHash, frames);
            return dir;
        } catch (IOException e) {
            throw new MirageException(abs + ": cannot prepare the output folder: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes what a run writes (its folders and top-level files), never anything else in the folder. */
    private static void deleteDataset(Path root) throws IOException {
        for (String top : List.of(IMAGES, "masks", FRAMES, ANNOTATIONS, DEPTH, NORMALS)) deleteTree(root.resolve(top));
        for (String f : List.of(DATASET_FILE, RunFile.NAME)) Files.deleteIfExists(root.resolve(f));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    /** Removes temporaries left by a write that was killed before its rename. */
    private void removeTemporaries() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(OutputDir::isTemporary).toList()) Files.deleteIfExists(p);
        }
    }

    static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(TMP_SUFFIX) && Files.isRegularFile(p);
    }

    /** True when frame i's record is in place; it is written last, so the frame's other files are too. */
    public boolean frameDone(int frameIndex) {
        return Files.isRegularFile(root.resolve(FRAMES).resolve(frameName(frameIndex, "json")));
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
        Path tmp = target.resolveSibling("." + target.getFileName() + TMP_SUFFIX);
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
            throw new MirageException(target + ": cannot write: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Content of a file, written to a stream the caller does not close. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
