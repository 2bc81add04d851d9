package mirage.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the calling thread's scheduling priority (Linux nice value), so encoder threads take only the CPU the
 * GL thread and its rasteriser threads leave: on a CPU-only machine llvmpipe renders on every core, and an encoder
 * that competes with it on equal terms slows the render down when the render is the slower stage
 * ({@link EncoderPriority} decides when; see BENCHMARKS.md). Java has no API
 * for a thread's nice value, so this asks {@code renice} for the thread id from {@code /proc/thread-self}; where
 * either is missing (not Linux) it does nothing. Lowering one's own priority needs no privilege.
 */
final class ThreadNice {
    /** The nice increment for encoder threads: 10, or the system property {@code mirage.encoder.nice} (0 turns it off). */
    static final int ENCODER = Integer.getInteger("mirage.encoder.nice", 10);

    private ThreadNice() {}

    /** Applies {@code increment} to the calling thread; true when it took effect. */
    static boolean lowerCurrentThread(int increment) {
        if (increment <= 0) return false;
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) return false;
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", Integer.toString(increment), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;   // no renice or no /proc: the run is the same, only scheduled evenly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
