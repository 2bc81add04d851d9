package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code on_failure: error}: a frame that is not at rest at {@code max_steps} ends the run with one error naming the
 * frame and exit code 1, although frames are settled ahead of rendering on other threads; frames written before it
 * stay whole (resume renders the rest), and no frame file is left half-written.
 */
class PhysicsFailureTest {
    @Test
    void aFrameNotAtRestEndsTheRunWithOneErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path parts = CliRun.repo().resolve("examples/bin-picking/assets/parts");
        Path spec = Files.writeString(tmp.resolve("fail.yaml"), """
                seed: 1
                frames: 3
                image: {width: 64, height: 48}
                camera:
                  fov_deg: 40
                  orbit: {target: [0, 0.05, 0], distance: 1.0, elevation_deg: 75, azimuth_deg: 0}
                objects:
                  - {asset: "%s", category: key, count: 3, fit_size: 0.07, collision: box}
                placement:
                  physics:
                    max_steps: 5
                    on_failure: error
                    bin: {size: [0.25, 0.1, 0.2]}
                """.formatted(parts.resolve("key.stl")));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.repo().resolve("examples").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("frame 0") && r.err().contains("on_failure"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.contains("error")).count(), r.err());
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no half-written file");
        }
    }
}
