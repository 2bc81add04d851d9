package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader: scripts/check_coco.py loads the COCO file with pycocotools, compares every decoded mask
 * with the instance PNG and scores the ground truth against itself (AP = 1). Runs where a Python with
 * pycocotools and Pillow is available (MIRAGE_PYTHON, else python3); skipped elsewhere (CI has none).
 */
class PycocotoolsCheckTest {
    @TempDir
    Path tmp;

    static String python() {
        String p = System.getenv("MIRAGE_PYTHON");
        return p != null && !p.isBlank() ? p : "python3";
    }

    static boolean hasPycocotools() {
        try {
            Process p = new ProcessBuilder(python(), "-c", "import pycocotools, PIL").redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void pycocotoolsAgreesWithTheInstanceMasks() throws Exception {
        assumeTrue(hasPycocotools(), "no Python with pycocotools and Pillow (set MIRAGE_PYTHON)");
        Path out = tmp.resolve("ds");
        CliRun r = CliRun.of("render", "--out", out.toString(), "--frames", "6", "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        Process p = new ProcessBuilder(python(), CliRun.repo().resolve("scripts/check_coco.py").toString(), out.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "check_coco.py timed out");
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("segm AP (GT vs GT) = 1.000") && log.contains("bbox AP (GT vs GT) = 1.000"), log);
    }
}
