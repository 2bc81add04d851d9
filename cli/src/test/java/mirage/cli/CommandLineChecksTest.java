package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that were silently clamped or ignored are refused as usage errors (exit 2); what validate prints is exact. */
class CommandLineChecksTest {
    @TempDir Path tmp;

    @Test void workersBelowOneAreAUsageError() {
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 1", ""));
        for (String n : new String[] {"0", "-3"}) {
            Path out = tmp.resolve("out" + n);
            CliRun r = TinyScene.render(spec, out, "--workers", n);
            assertEquals(Main.EXIT_USAGE, r.exitCode(), r.err());
            assertTrue(r.err().contains("--workers") && r.err().contains("must be >= 1, got " + n), r.err());
            assertFalse(Files.exists(out), "nothing written");
            CliRun sweep = CliRun.of("sweep", tmp.resolve("sweep.yaml").toString(), "--out", out.toString(), "--workers", n);
            assertEquals(Main.EXIT_USAGE, sweep.exitCode(), sweep.err());
            assertEquals(Main.EXIT_USAGE, CliRun.of("bench", "--workers", n).exitCode());
        }
    }

    @Test void anUnknownBenchPhaseIsAUsageError() {
        CliRun r = CliRun.of("bench", "--phases", "stages,phisics");
        assertEquals(Main.EXIT_USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown phase 'phisics' (stages, e2e, environment, antialias, soft_shadows, coverage, ao, default, realism, physics)"), r.err());
        assertEquals(Main.EXIT_USAGE, CliRun.of("bench", "--phases", "physics", "--settle-frames", "0").exitCode());
    }

    @Test void anExportOptionOfAnotherFormatIsAUsageError() {
        String dataset = tmp.resolve("none").toString();
        CliRun yolo = CliRun.of("export", dataset, "--format", "coco", "--yolo-task", "segment");
        assertEquals(Main.EXIT_USAGE, yolo.exitCode(), yolo.err());
        assertTrue(yolo.err().contains("--yolo-task applies to --format yolo only, not coco"), yolo.err());
        CliRun coco = CliRun.of("export", dataset, "--format", "yolo", "--coco-segmentation", "polygon");
        assertEquals(Main.EXIT_USAGE, coco.exitCode(), coco.err());
        assertTrue(coco.err().contains("--coco-segmentation applies to --format coco only, not yolo"), coco.err());
        CliRun fine = CliRun.of("export", dataset, "--format", "yolo", "--yolo-task", "segment");
        assertEquals(Main.EXIT_FAILURE, fine.exitCode(), "only the missing dataset is wrong: " + fine.err());
    }

    @Test void validateSaysAnEmptySplitHasNoFrames() throws IOException {
        String splits = "splits:\n  - {name: train, frames: 2}\n  - {name: val, frames: 0}\n";
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("", splits));
        String out = stdout(() -> assertEquals(0, CliRun.of("validate", spec.toString(), "--allow-root",
                TinyScene.ASSETS.toString()).exitCode()));
        assertTrue(out.contains("  split train: frames 0..1 (2), "), out);
        assertTrue(out.contains("  split val: no frames, "), out);
        assertFalse(out.contains("..-1"), out);
    }

    private static String stdout(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
