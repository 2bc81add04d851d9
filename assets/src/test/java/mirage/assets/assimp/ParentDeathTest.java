package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mirage.assets.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import child dies with the JVM that started it: a parent JVM imports a model whose child never finishes
 * ({@link MisbehavingWorker}'s {@code hang}), the parent is killed with SIGKILL, and the child, re-parented, must be
 * gone within seconds instead of importing on for nobody.
 */
class ParentDeathTest {
    @TempDir Path dir;

    @Test @Timeout(90) void theImportChildDiesWhenItsParentIsKilled() throws Exception {
        Path model = Files.copy(TestModels.stlBinaryCube(dir), dir.resolve("hang.stl"));
        Process parent = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportingParent.class.getName(), model.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("parent.log").toFile()).start();
        ProcessHandle child = awaitChild(parent);
        parent.destroyForcibly();   // SIGKILL: no shutdown hook, no finally block runs in the parent
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS), "the parent is dead");
        long killed = System.nanoTime();
        while (running(child) && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(5)) Thread.sleep(20);
        boolean orphanLives = running(child);
        if (orphanLives) child.destroyForcibly();
        assertTrue(!orphanLives, "the import child " + child.pid() + " outlived its parent by 5 s");
    }

    /** The parent's import child, once it runs (the parent JVM starts first, then the child's). */
    private ProcessHandle awaitChild(Process parent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = parent.toHandle().children().findFirst();
            if (child.isPresent() && child.get().info().commandLine().orElse("").contains(MisbehavingWorker.class.getName())) {
                Thread.sleep(500);   // let it get into its import
                return child.get();
            }
            assertTrue(parent.isAlive(), () -> "the parent ended early: " + log());
            Thread.sleep(20);
        }
        throw new AssertionError("no import child within 60 s: " + log());
    }

    /** Alive and not a zombie waiting for a parent that may never reap it. */
    private static boolean running(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return p.isAlive();
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("parent.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
