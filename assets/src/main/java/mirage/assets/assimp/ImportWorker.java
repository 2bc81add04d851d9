package mirage.assets.assimp;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetException;
import mirage.assets.Model;

/**
 * The child-process side of {@link IsolatedModelLoader}: imports one model file with {@link AssimpModelLoader}
 * and writes the answer ({@link ModelEncoder}, format in {@link ModelCodec}) to standard output.
 *
 * <p>Arguments: the model file, then the extra folders it may read. Exit status 0 means an answer was written,
 * whether a model or a failure message; 2 means bad arguments; anything else (a signal from a native crash,
 * 3 from {@code -XX:+ExitOnOutOfMemoryError}) is read by the parent as the importer dying. Standard output
 * carries the answer only: {@link System#out} is pointed at standard error before anything else runs. The child
 * dies with its parent ({@link #exitWhenParentDies}).
 */
public final class ImportWorker {
    /** Exit status of a child whose parent has died; nobody reads it. */
    static final int ORPHANED = 4;

    private ImportWorker() {
    }

    public static void main(String[] args) throws IOException {
        exitWhenParentDies();
        OutputStream answer = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        if (args.length < 1) {
            System.err.println("usage: ImportWorker MODEL_FILE [ALLOWED_FOLDER...]");
            System.exit(2);
        }
        List<Path> folders = new ArrayList<>();
        for (int i = 1; i < args.length; i++) folders.add(Path.of(args[i]));
        importOne(Path.of(args[0]), AllowedFolders.of(folders), answer);
        answer.flush();
        System.exit(0);
    }

    /**
     * Halts this JVM at once when its standard input ends. The parent ({@link WorkerProcess}) holds the child's
     * standard input open, writing nothing, until the import is over, so the end of input means the parent has died,
     * however (SIGKILL included): the child must not import on, re-parented, for nobody.
     */
    static void exitWhenParentDies() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent writes nothing; a stray byte is ignored
                }
            } catch (IOException e) {
                // a broken standard input is the parent gone too
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "mirage-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Imports {@code file} and writes the model, or the failure, to {@code answer}. */
    static void importOne(Path file, AllowedFolders folders, OutputStream answer) throws IOException {
        Model model;
        try {
            model = new AssimpModelLoader(folders).load(file);
        } catch (AssetException e) {
            ModelEncoder.writeFailure(e.getMessage(), answer);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            ModelEncoder.writeFailure(file.toAbsolutePath().normalize() + ": the importer failed unexpectedly: " + e, answer);
            return;
        }
        ModelEncoder.writeModel(model, answer);
    }
}
