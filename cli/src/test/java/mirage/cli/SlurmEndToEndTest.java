package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real scheduler end to end: {@code mirage emit slurm}'s script, run with bash, submits a 4-task array on a
 * single-node Slurm (started by {@code .ci/slurm/single-node start}) and a merge after it; the merged dataset is
 * byte-identical to one process rendering the same spec. Skipped where no Slurm node is up, unless
 * {@code MIRAGE_REQUIRE_SLURM=1} (which {@code .ci/run} sets), where that is a failure.
 */
class SlurmEndToEndTest {
    static final int TIMEOUT_SECONDS = 240;

    @TempDir
    Path tmp;

    @Test
    void anArrayJobAndItsMergeGiveTheSingleProcessDataset() throws Exception {
        requireSlurm();
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 6", ""));
        Path run = tmp.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String mirage = java + " -Dmirage.home=" + CliRun.repo() + " -cp " + cp + " " + Main.class.getName();
        CliOut emitted = CliOut.of("emit", "slurm", spec.toString(), "--shards", "4", "--out", run.toString(),
                "--cpus-per-task", "1", "--mirage", mirage, "--render-arg", "--allow-root", "--render-arg",
                TinyScene.ASSETS.toString());
        assertEquals(0, emitted.exitCode(), emitted.err());
        Path script = Files.writeString(tmp.resolve("submit.sh"), emitted.out());
        Process submit = new ProcessBuilder("bash", script.toString()).directory(tmp.toFile()).redirectErrorStream(true).start();
        String submitted = new String(submit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(submit.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, submit.exitValue(), submitted);
        assertTrue(submitted.contains("submitted: render array"), submitted);

        Path merged = run.resolve("dataset");
        waitForMerge(merged, run.resolve("logs"));
        Path single = tmp.resolve("single");
        CliRun r = TinyScene.render(spec, single);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Goldens.listing(single), Goldens.listing(merged));
        try (Stream<Path> logs = Files.list(run.resolve("logs"))) {
            assertEquals(5, logs.count(), "four render tasks and a merge wrote their logs");
        }
    }

    private static void waitForMerge(Path merged, Path logs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        Path manifest = merged.resolve("dataset.json");
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(manifest) && new ObjectMapper().readTree(manifest.toFile()).path("complete").asBoolean()
                    && !Files.exists(merged.resolve(".mirage-lock"))) return;
            Thread.sleep(500);
        }
        fail("no merged dataset after " + TIMEOUT_SECONDS + " s; squeue:\n" + run("squeue") + "\nlogs:\n" + readAll(logs));
    }

    private static void requireSlurm() throws InterruptedException {
        boolean required = "1".equals(System.getenv("MIRAGE_REQUIRE_SLURM"));
        String nodes = run("sinfo", "-h", "-o", "%T");
        boolean up = nodes.lines().anyMatch(l -> l.strip().matches("idle|mixed|allocated"));
        if (!up && required) fail("MIRAGE_REQUIRE_SLURM=1 but no Slurm node is up (sinfo: " + nodes.strip() + ")");
        Assumptions.assumeTrue(up, "no Slurm node is up here (start one with .ci/slurm/single-node start)");
    }

    private static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException notInstalled) {
            return "";
        }
    }

    private static String readAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "(no logs)";
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) b.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
        }
        return b.toString();
    }

}
