package mirage.assets.assimp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.assets.AllowedFolders;

/**
 * The command line of an import child: this JVM's own {@code java} binary ({@code java.home}) and class path
 * ({@code java.class.path}, which for the CLI is the one shaded jar), the worker class, the model and the allowed
 * folders. JVM options keep start-up lean (serial GC, no perf data; C1-only compilation measured no faster, as
 * most of the ~0.4 s start-up is LWJGL checking its extracted natives and Assimp's first import) and make death
 * legible: {@code -XX:+ExitOnOutOfMemoryError} (exit status 3), a fatal-error report on standard error instead of
 * an {@code hs_err} file in the working folder, no core dump. LWJGL's {@code org.lwjgl.*} system properties and
 * {@code java.io.tmpdir} are passed on, so the child finds the same natives.
 */
final class WorkerCommand {
    private WorkerCommand() {
    }

    /** @throws IllegalStateException if this JVM has no class path to give the child */
    static List<String> of(ImportSettings settings, Path file, AllowedFolders folders) {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isBlank()) throw new IllegalStateException("this JVM has no class path (java.class.path) to start the importer with");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + settings.heapMiB() + "m");
        cmd.add("-Xss4m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+ErrorFileToStderr");
        cmd.add("-XX:+DisplayVMOutputToStderr");
        cmd.add("-XX:-CreateCoredumpOnCrash");
        cmd.add("-Djava.awt.headless=true");
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith("org.lwjgl.") || key.equals("java.io.tmpdir")) cmd.add("-D" + key + "=" + e.getValue());
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(settings.workerClass());
        cmd.add(file.toString());
        for (Path f : folders.folders()) cmd.add(f.toString());
        return cmd;
    }
}
