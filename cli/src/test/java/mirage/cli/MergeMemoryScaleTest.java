package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mirage.dataset.DatasetLayout;
import mirage.dataset.Shard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge memory: 4 shards of a 1,000,000-frame run of tiny frames (each shard started for real and stopped with
 * SIGINT after its first frames, the rest of its records copies of its first, renumbered) merge with
 * {@code mirage merge} in a JVM limited to 512 MiB of heap, and the merged dataset counts every frame. Minutes and
 * gigabytes of scratch files: {@code mvn -B test -Pscale -pl cli -am} ({@code -Dmirage.scale.merge.frames=N}).
 */
@Tag("scale")
class MergeMemoryScaleTest {
    static final int FRAMES = Integer.getInteger("mirage.scale.merge.frames", 1_000_000);
    static final int SHARDS = 4;

    @TempDir
    Path tmp;

    @Test
    void mergesAMillionRecordsIn512MiB() throws Exception {
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: " + FRAMES, "")
                .replace("image: {width: 80, height: 60}", "image: {width: 8, height: 6}")
                .replace("count: {int_uniform: [1, 2]}", "count: 0").replace("category: flag\n", "category: flag\n    count: 0\n"));
        long t0 = System.nanoTime();
        List<String> folders = new ArrayList<>();
        for (int k = 0; k < SHARDS; k++) {
            Path out = tmp.resolve("shard-" + k);
            startAndStop(spec, out, k);
            fill(out, new Shard(k, SHARDS));
            folders.add(out.toString());
        }
        System.out.printf("made %d shards of %d frames in %.1f s%n", SHARDS, FRAMES, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        List<String> cmd = java("-Xmx512m");
        cmd.add("merge");
        cmd.addAll(folders);
        cmd.addAll(List.of("--out", tmp.resolve("merged").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        System.out.printf("merged with -Xmx512m in %.1f s: %s%n", (System.nanoTime() - t1) / 1e9, log.strip());
        JsonNode m = new ObjectMapper().readTree(tmp.resolve("merged").resolve(DatasetLayout.MANIFEST).toFile());
        assertTrue(m.get("complete").asBoolean(), log);
        assertEquals(FRAMES, m.get("counts").get("images").asLong());
    }

    /** Starts shard k for real, and stops it with SIGINT once it has a frame, so its folder is a genuine shard's. */
    private void startAndStop(Path spec, Path out, int k) throws Exception {
        List<String> cmd = java("-Xmx256m");
        cmd.addAll(List.of("render", spec.toString(), "--out", out.toString(), "--shard", k + "/" + SHARDS, "--no-progress",
                "--allow-root", TinyScene.ASSETS.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("shard.log").toFile()).start();
        Path first = out.resolve(DatasetLayout.record(new Shard(k, SHARDS).firstFrame(FRAMES)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(first) && System.nanoTime() < deadline) Thread.sleep(20);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertEquals(Main.EXIT_INTERRUPTED, p.waitFor(), Files.readString(tmp.resolve("shard.log")));
    }

    /** The shard's missing records: copies of its first, renumbered. */
    private static void fill(Path out, Shard shard) throws Exception {
        int first = shard.firstFrame(FRAMES);
        String template = Files.readString(out.resolve(DatasetLayout.record(first)), StandardCharsets.UTF_8);
        for (int i = first; i < shard.endFrame(FRAMES); i++) {
            Path record = out.resolve(DatasetLayout.record(i));
            if (!Files.exists(record)) Files.writeString(record, AssemblyMemoryScaleTest.renumber(template, first, i));
        }
    }

    private static List<String> java(String heap) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dmirage.home=" + CliRun.repo(), "-cp", cp, Main.class.getName()));
    }
}
