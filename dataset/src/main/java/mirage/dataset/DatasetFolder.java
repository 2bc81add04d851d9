package mirage.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Collection;
import java.util.function.IntFunction;
import java.util.List;
import java.util.stream.Stream;
import mirage.core.error.MirageException;
import mirage.dataset.export.ExportFormat;
import mirage.dataset.output.FrameOutputs;
import mirage.scenes.spec.OutputsSpec;

/**
 * The folder a run (or one shard of a run, or a merge) writes its dataset into, locked for this process while open
 * ({@link FolderLock}): a second process is refused at once. Every file goes through {@link AtomicWriter}, so no
 * reader (and no crash) sees a half-written file under a final name. Safe for concurrent writers of different
 * files; close it on the thread that opened it, when writing is over.
 */
public final class DatasetFolder implements AutoCloseable {
    private final Path root;
    private final FolderLock lock;

    private DatasetFolder(Path root, FolderLock lock) {
        this.root = root;
        this.lock = lock;
    }

    /**
     * Locks and opens the output folder for {@code run}:
     * <ul>
     *   <li>absent or empty: a new run;</li>
     *   <li>holding the same run (spec and shard): resumed (frames already complete are kept; temporaries of an
     *       interrupted write are removed);</li>
     *   <li>holding another run or shard, or other files: refused, unless {@code overwrite}, which first deletes
     *       the dataset's own files and folders (nothing else) and starts anew.</li>
     * </ul>
     * {@code resume} insists on the second case. Creates {@code folders} (and the annotations folder).
     *
     * @throws MirageException when another process holds the folder, or as above
     */
    public static DatasetFolder open(Path root, RunRecord run, boolean overwrite, boolean resume,
                                     Collection<String> folders) {
        Path abs = root.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new MirageException(abs + ": output path exists and is not a folder");
        if (resume && !Files.isDirectory(abs))
            throw new MirageException(abs + ": nothing to resume: no such folder");
        boolean created = !Files.exists(abs);
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new MirageException(abs + ": cannot create the output folder: " + e.getMessage(), e);
        }
        FolderLock lock = FolderLock.acquire(abs);
        try {
            prepare(abs, run, overwrite, resume, folders);
            return new DatasetFolder(abs, lock);
        } catch (RuntimeException e) {
            lock.close();
            if (created) deleteQuietly(abs);
            throw e;
        }
    }

    private static void deleteQuietly(Path emptyFolder) {
        try {
            Files.deleteIfExists(emptyFolder);
        } catch (IOException notEmpty) {
            // it holds something after all: leave it
        }
    }

    private static void prepare(Path abs, RunRecord run, boolean overwrite, boolean resume, Collection<String> folders) {
        try {
            RunRecord recorded;
            try {
                recorded = RunFile.read(abs);
            } catch (MirageException damaged) {
                if (!overwrite || resume) throw new MirageException(damaged.getMessage() + "; pass --overwrite to replace the run");
                recorded = null;
                deleteDataset(abs);   // a Mirage run, unreadable: its files go as another run's would
            }
            boolean same = run.equals(recorded);
            if (resume && !same)
                throw new MirageException(abs + ": nothing to resume: " + (recorded == null
                        ? "the folder holds no Mirage run" : "it holds " + other(recorded, run)));
            if (!same && !isEmpty(abs)) {
                if (recorded == null)
                    throw new MirageException(abs + ": output folder is not empty and holds no Mirage run; choose an empty"
                            + " or new folder for --out");
                if (!overwrite)
                    throw new MirageException(abs + ": output folder holds " + other(recorded, run)
                            + "; choose another --out, or pass --overwrite to replace that run's files");
                deleteDataset(abs);
            }
            for (String f : folders) Files.createDirectories(abs.resolve(f));
            Files.createDirectories(abs.resolve(DatasetLayout.ANNOTATIONS));
            removeTemporaries(abs);
            if (!same) RunFile.write(abs, run);
        } catch (IOException e) {
            throw new MirageException(abs + ": cannot prepare the output folder: " + e.getMessage(), e);
        }
    }

    /** What the folder holds instead of {@code wanted}, for messages. */
    private static String other(RunRecord recorded, RunRecord wanted) {
        if (!recorded.specHash().equals(wanted.specHash()) || recorded.frames() != wanted.frames())
            return "a run of another spec (or seed or frame count)";
        return recorded.describe() + " of this run, not " + wanted.describe();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals(FolderLock.NAME));
        }
    }

    /**
     * Deletes what a run writes, by name (see {@link OwnedFiles}): its frame files, its COCO files, dataset.json,
     * the run file, and the files of every export format; never anything else in the folder.
     */
    private static void deleteDataset(Path root) throws IOException {
        OwnedFiles owned = FrameOutputs.owned().and(new OwnedFiles(List.of(
                OwnedFiles.Rule.of(DatasetLayout.ANNOTATIONS, "instances(_.+)?\\.json"),
                OwnedFiles.Rule.of("", "dataset\\.json|\\.mirage-run\\.json"))));
        for (ExportFormat f : ExportFormat.values()) owned = owned.and(f.exporter().owned());
        owned.delete(root);
    }

    /** Removes temporaries left by a write that was killed before its rename. */
    private static void removeTemporaries(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(AtomicWriter::isTemporary).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * True when {@code root} holds {@code run}, finished (its run file names it and
     * its dataset.json says {@code complete: true}), so that rendering it again would change nothing. Reads two
     * small files; false when either is missing or unreadable.
     */
    public static boolean holdsCompleteRun(Path root, RunRecord run) {
        if (!Files.isDirectory(root) || !run.equals(RunFile.read(root))) return false;
        try {
            return DatasetManifestJson.read(root.resolve(DatasetLayout.MANIFEST)).complete();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * The frames {@code first .. end - 1} that are done: whose record (written last) and every file the frame's
     * outputs turn on are in place and whole (see {@link FrameOutputs#frameDone}); a damaged or missing file means
     * the frame is rendered again. Lists the records folder once and checks only the frames it holds, in parallel,
     * so a new run of millions of frames starts at once.
     *
     * @param outputs frame i's outputs (its split's)
     */
    public BitSet framesDone(int first, int end, IntFunction<OutputsSpec> outputs) {
        return FrameOutputs.framesDone(root, first, end, outputs);
    }

    public Path root() {
        return root;
    }

    /** Writes a file of the dataset, {@code relative} to its folder, with {@link AtomicWriter}. */
    public void write(String relative, AtomicWriter.Body body) {
        AtomicWriter.write(root.resolve(relative), body);
    }

    /** Releases the folder to other processes. */
    @Override
    public void close() {
        lock.close();
    }
}
