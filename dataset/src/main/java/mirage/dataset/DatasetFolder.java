package mirage.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import mirage.core.error.MirageException;
import mirage.dataset.output.FrameOutputs;

/**
 * The folder a run writes its dataset into. Every file goes through {@link AtomicWriter}, so no reader (and no
 * crash) sees a half-written file under a final name. Safe for concurrent writers of different files.
 */
public final class DatasetFolder {
    private final Path root;

    private DatasetFolder(Path root) {
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
     * {@code resume} insists on the second case. Creates {@code folders} (and the annotations folder).
     */
    public static DatasetFolder open(Path root, String specHash, int frames, boolean overwrite, boolean resume,
                                     Collection<String> folders) {
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
            for (String f : folders) Files.createDirectories(abs.resolve(f));
            Files.createDirectories(abs.resolve(DatasetLayout.ANNOTATIONS));
            DatasetFolder dir = new DatasetFolder(abs);
            dir.removeTemporaries();
            if (!same) RunFile.write(abs, specHash, frames);
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

    /** Deletes what a run writes (its outputs' folders and its own files), never anything else in the folder. */
    private static void deleteDataset(Path root) throws IOException {
        List<String> tops = new ArrayList<>(FrameOutputs.topLevelFolders());
        tops.add(DatasetLayout.ANNOTATIONS);
        for (String top : tops) deleteTree(root.resolve(top));
        for (String f : List.of(DatasetLayout.MANIFEST, DatasetLayout.RUN_FILE)) Files.deleteIfExists(root.resolve(f));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    /** Removes temporaries left by a write that was killed before its rename. */
    private void removeTemporaries() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(AtomicWriter::isTemporary).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * True when {@code root} holds a finished run of the spec with hash {@code specHash} (its run file names it and
     * its dataset.json says {@code complete: true}), so that rendering it again would change nothing. Reads two
     * small files; false when either is missing or unreadable.
     */
    public static boolean holdsCompleteRun(Path root, String specHash) {
        if (!Files.isDirectory(root) || !specHash.equals(RunFile.recordedHash(root))) return false;
        try {
            return DatasetManifestJson.read(root.resolve(DatasetLayout.MANIFEST)).complete();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** True when frame i's record is in place; it is written last, so the frame's other files are too. */
    public boolean frameDone(int frameIndex) {
        return Files.isRegularFile(root.resolve(DatasetLayout.record(frameIndex)));
    }

    public Path root() {
        return root;
    }

    /** Writes a file of the dataset, {@code relative} to its folder, with {@link AtomicWriter}. */
    public void write(String relative, AtomicWriter.Body body) {
        AtomicWriter.write(root.resolve(relative), body);
    }
}
