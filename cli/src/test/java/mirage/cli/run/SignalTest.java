package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mirage.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals as the README documents them, in child JVMs: SIGTERM (or Ctrl-C) while the inputs are checked quits at
 * once with exit status 130 and one line; during a run the first asks to stop and the second quits at once, also
 * with 130 and one line (the JVM's own default would be a silent 143).
 */
class SignalTest {
    @TempDir Path dir;

    @Test @Timeout(60) void aSignalDuringTheInputCheckExits130WithOneLine() throws Exception {
        Path spec = Path.of(System.getProperty("mirage.repo", "..")).resolve("examples/default/scene.yaml").toAbsolutePath();
        Process p = child("input-check", spec.toString());
        awaitLine(p, "importing");
        signal(p, "TERM");
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the check quits at once");
        assertEquals(Main.EXIT_INTERRUPTED, p.exitValue());
        assertEquals("mirage: stopped while checking the inputs, before writing anything", stderr().strip());
    }

    @Test @Timeout(60) void aSecondSignalDuringARunQuitsAtOnceWith130() throws Exception {
        Process p = child("run");
        awaitLine(p, "ready");
        signal(p, "INT");
        awaitLine(p, "stop requested");
        assertTrue(p.isAlive(), "the first signal only asks to stop");
        signal(p, "TERM");
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the second signal quits at once");
        assertEquals(Main.EXIT_INTERRUPTED, p.exitValue());
        List<String> lines = stderr().strip().lines().toList();
        assertEquals(List.of("mirage: stopping: finishing the frames in flight (signal again to quit at once)",
                "mirage: stopped at once by a second signal; run the same command again to resume"), lines);
    }

    private Process child(String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, SignalChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile()).start();
    }

    private void awaitLine(Process p, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            if (Files.readAllLines(dir.resolve("out.log")).contains(line)) return;
            assertTrue(p.isAlive(), () -> "the child ended early: " + stderr());
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + line + "' within 40 s: " + stderr());
    }

    private static void signal(Process p, String name) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor());
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("err.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
