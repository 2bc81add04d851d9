package mirage.assets.assimp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.Model;

/**
 * Imports model files with Assimp in a child JVM, one process per file, so that a malformed file cannot crash,
 * hang or exhaust the memory of the JVM that renders. The default model loader of {@link mirage.assets.AssetLibrary}.
 *
 * <p><b>Why a child process.</b> Assimp is native code with a long record of memory-safety bugs in its parsers.
 * Checks before the import ({@link ModelFileCheck}: extension, size, magic bytes) and after it
 * ({@link ModelAssembler}: counts, index ranges, finite values) catch malformed data that Assimp survives, but
 * nothing in-process can catch a segfault, an infinite loop or a runaway native allocation inside Assimp: a
 * SIGSEGV in native code kills the JVM, and a native call cannot be interrupted. A child process can be killed
 * and its death observed, so every outcome becomes an {@link AssetException} naming the file. One process per
 * file (rather than a long-lived worker) also means a file that corrupts Assimp's memory without crashing cannot
 * affect the import of any other file. The price is a JVM start per distinct model file, once per run (a few
 * hundred milliseconds; see the report of the change that added this class).
 *
 * <p><b>How.</b> The child runs {@link ImportWorker} with this JVM's {@code java} binary and class path
 * ({@link WorkerCommand}), imports with {@link AssimpModelLoader} (same checks and confinement to the allowed
 * folders) and streams the model back ({@link ModelCodec}); the parent checks every count in the stream before
 * allocating and re-validates the model. Textures are decoded in the child and travel as RGBA. Outcomes:
 * <ul>
 *   <li>an answer: the model, or the child's own {@link AssetException} message, unchanged;</li>
 *   <li>a crash: "the importer crashed (SIGSEGV (0xb) in C [libassimp.so+0x...]) on this file", quoting the JVM's
 *       fatal-error report, or "the importer crashed (signal 11, SIGSEGV) on this file" when it died unreported;</li>
 *   <li>out of Java heap (exit status 3): "the importer ran out of memory on this file (Java heap limit ... MiB)";</li>
 *   <li>past the deadline: "import took longer than 60 s; the importer was stopped";</li>
 *   <li>past the resident-memory limit: "the importer used more than ... MiB of memory on this file; it was stopped";</li>
 *   <li>a malformed answer: "the importer's answer is malformed: ...".</li>
 * </ul>
 *
 * <p>Thread-safe; at most {@link ImportSettings#parallelImports} children run at once, later callers wait.
 */
public final class IsolatedModelLoader {
    private final AllowedFolders folders;
    private final ImportSettings settings;
    private final Semaphore slots;

    /** Default settings; a model may read files in its own folder only. */
    public IsolatedModelLoader() {
        this(AllowedFolders.of(List.of()), ImportSettings.defaults());
    }

    /**
     * @param folders  where, besides its own folder, a model may read the files it refers to
     * @param settings time, memory and concurrency limits
     */
    public IsolatedModelLoader(AllowedFolders folders, ImportSettings settings) {
        this.folders = Objects.requireNonNull(folders, "folders");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.slots = new Semaphore(settings.parallelImports(), true);
    }

    public ImportSettings settings() {
        return settings;
    }

    /**
     * @param file a model file; relative paths are resolved against the working directory
     * @return the imported model, as {@link AssimpModelLoader#load} would return it
     * @throws AssetException naming the file, for everything {@link AssimpModelLoader#load} refuses and for every
     *                        way the child can fail (listed above)
     */
    public Model load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        ModelFileCheck.check(abs); // the cheap checks here too: no process for a missing or mislabelled file
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetException(abs, "interrupted while waiting to import it");
        }
        try {
            return importInChild(abs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetException(abs, "interrupted while importing it");
        } finally {
            slots.release();
        }
    }

    private Model importInChild(Path file) throws InterruptedException {
        List<String> command;
        try {
            command = WorkerCommand.of(settings, file, folders);
        } catch (IllegalStateException e) {
            throw new AssetException(file, "cannot start the importer: " + e.getMessage(), e);
        }
        try (WorkerProcess child = WorkerProcess.start(command, file)) {
            WorkerProcess.End end = child.await(settings.timeout(), settings.memoryLimitBytes());
            return switch (end) {
                case TIMED_OUT -> throw new AssetException(file, "import took longer than " + seconds(settings.timeout())
                        + "; the importer was stopped");
                case OVER_MEMORY -> throw new AssetException(file, "the importer used more than " + (settings.memoryLimitBytes() >> 20)
                        + " MiB of memory on this file; it was stopped");
                case BAD_ANSWER -> answer(child, file);
                case EXITED -> child.exitStatus() == 0 ? answer(child, file)
                        : fail(file, WorkerDeath.describe(child.exitStatus(), child.stderr(), settings.heapMiB()));
            };
        } catch (IOException e) {
            throw new AssetException(file, "cannot start the importer process: " + e.getMessage(), e);
        }
    }

    private static Model answer(WorkerProcess child, Path file) throws InterruptedException {
        try {
            return child.answer(Duration.ofSeconds(10));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssetException a) throw new AssetException(a.getMessage(), a);
            if (cause instanceof ModelCodec.MalformedAnswer m)
                throw new AssetException(file, "the importer's answer is malformed: " + m.getMessage());
            throw new AssetException(file, "the importer's answer cannot be read: " + cause, cause);
        } catch (TimeoutException e) {
            throw new AssetException(file, "the importer exited but its answer did not end");
        }
    }

    private static Model fail(Path file, String problem) {
        throw new AssetException(file, problem);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
