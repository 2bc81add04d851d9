package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up mid-run ends the run with one clear error naming the file, and every file already in
 * place stays whole. Needs a small tmpfs, so it runs where the test may mount one (root); skipped elsewhere.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    static boolean run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void fullDiskIsAClearErrorAndLeavesWholeFiles() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()), "cannot mount a tmpfs here");
        try {
            Path out = disk.resolve("out");
            CliRun r = CliRun.of("render", "--out", out.toString(), "--no-progress");
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("mirage: error: "), r.err());
            assertTrue(r.err().contains("No space left on device") && r.err().contains(out.toString()), r.err());
            KillAndResumeTest.assertNoPartialFiles(out);
        } finally {
            run("umount", disk.toString());
        }
    }
}
