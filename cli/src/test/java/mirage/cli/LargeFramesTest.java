package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large frames in a small heap: 2048x2048 frames of the default scene with two encoder threads in a 384 MiB heap
 * (before, four frames in flight ended in OutOfMemoryError) run with the threads and frames in flight that fit; in a 128 MiB heap they are
 * refused before anything is written, in one line naming the heap they need.
 */
class LargeFramesTest {
    @TempDir
    Path tmp;

    @Test
    void runInTheThreadsThatFitOrAreRefusedUpFront() throws Exception {
        Path spec = Files.writeString(tmp.resolve("scene.yaml"), Files.readString(CliRun.defaultScene())
                .replace("frames: 24", "frames: 6").replace("image: {width: 640, height: 480}", "image: {width: 2048, height: 2048}")
                .replace("assets/", CliRun.defaultScene().getParent().resolve("assets") + "/"));
        Run fits = run("-Xmx384m", spec, tmp.resolve("fits"));
        assertEquals(0, fits.code(), fits.log());
        assertTrue(fits.log().contains("encoder thread(s)") && fits.log().contains("fit in this JVM's"), fits.log());
        Run refused = run("-Xmx128m", spec, tmp.resolve("refused"));
        assertEquals(1, refused.code(), refused.log());
        assertTrue(refused.log().strip().startsWith("mirage: error: 2048x2048 frames need a heap of about")
                && refused.log().strip().lines().count() == 1, refused.log());
        assertTrue(!Files.exists(tmp.resolve("refused")), "nothing written");
    }

    record Run(int code, String log) {}

    private static Run run(String heap, Path spec, Path out) throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dmirage.home=" + CliRun.repo(), "-cp", cp, Main.class.getName(), "render", spec.toString(), "--out",
                out.toString(), "--no-progress", "--workers", "2", "--allow-root", CliRun.defaultScene().getParent().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), log);
    }
}
