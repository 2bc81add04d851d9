package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run split into 4 shards, rendered in shuffled order with one shard SIGKILLed and resumed, then merged, gives
 * byte for byte the files of one process rendering the whole run: images, masks, depth, normals, records,
 * annotations, dataset.json and the run file.
 */
class ShardedRunTest {
    static final int FRAMES = 24;
    @TempDir
    static Path tmp;
    static Path spec;
    static Path single;

    @BeforeAll
    static void singleProcessRun() throws IOException {
        spec = tmp.resolve("scene.yaml");
        Files.writeString(spec, Files.readString(CliRun.defaultScene())
                .replace("frames: 24", "frames: " + FRAMES)
                .replace("image: {width: 640, height: 480}", "image: {width: 200, height: 150}")
                .replace("assets/", CliRun.defaultScene().getParent().resolve("assets") + "/"));
        single = tmp.resolve("single");
        CliRun r = CliRun.of(render(single).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
    }

    static List<String> render(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", CliRun.defaultScene().getParent().toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void shardsRenderedInAnyOrderOneKilledAndResumedMergeToTheSingleRun() throws Exception {
        Path shards = tmp.resolve("shards");
        String out = shards.resolve("shard-{shard}").toString();
        for (int k : new int[] {2, 0}) assertEquals(0, CliRun.of(render(Path.of(out), "--shard", k + "/4").toArray(String[]::new)).exitCode());

        Process p = child(render(Path.of(out), "--shard", "3/4"));
        Path killed = shards.resolve("shard-3");
        assertTrue(KillAndResumeTest.waitForFrames(killed, p, 1, tmp.resolve("child.log")), "shard 3 should get going");
        p.destroyForcibly();   // SIGKILL
        p.waitFor(60, TimeUnit.SECONDS);
        int before = KillAndResumeTest.frameCount(killed);
        assertTrue(before < FRAMES / 4, "killed part-way, with " + before + " of 6 frames");
        assertEquals(0, CliRun.of(render(Path.of(out), "--shard", "1/4").toArray(String[]::new)).exitCode());

        CliOut status = CliOut.of("status", shards.resolve("shard-0").toString(), shards.resolve("shard-1").toString(),
                shards.resolve("shard-2").toString(), killed.toString());
        assertEquals(StatusCommand.EXIT_NOT_READY, status.exitCode(), status.out() + status.err());
        assertTrue(status.out().contains("shard-3: shard 3/4 (frames 18-23): " + before + " of 6 frames done; missing"), status.out());
        assertTrue(status.out().contains("merge: not ready:"), status.out());

        CliRun resumed = CliRun.of(render(Path.of(out), "--shard", "3/4").toArray(String[]::new));
        assertEquals(0, resumed.exitCode(), resumed.err());
        List<String> folders = new ArrayList<>();
        for (int k : new int[] {3, 1, 0, 2}) folders.add(shards.resolve("shard-" + k).toString());
        CliOut ready = CliOut.of(prepend("status", folders).toArray(String[]::new));
        assertEquals(0, ready.exitCode(), ready.out());
        assertTrue(ready.out().contains("run: 24 of 24 frames done in 4 folder(s)") && ready.out().contains("merge: ready"), ready.out());

        Path merged = shards.resolve("dataset");
        List<String> merge = prepend("merge", folders);
        merge.addAll(List.of("--out", merged.toString()));
        CliOut m = CliOut.of(merge.toArray(String[]::new));
        assertEquals(0, m.exitCode(), m.err());
        assertEquals(Goldens.listing(single), Goldens.listing(merged));
        assertTrue(Files.exists(shards.resolve("shard-2/images/000012.png")), "linking keeps the shard's files");
    }

    @Test
    void aShardFolderIsItsOwnAndRefusesAnotherShard() {
        Path out = tmp.resolve("one-folder");
        assertEquals(0, CliRun.of(render(out, "--shard", "0/4").toArray(String[]::new)).exitCode());
        CliRun other = CliRun.of(render(out, "--shard", "1/4").toArray(String[]::new));
        assertEquals(1, other.exitCode());
        assertTrue(other.err().contains("holds shard 0/4 (frames 0-5) of this run, not shard 1/4 (frames 6-11)"), other.err());
        CliRun noShard = CliRun.of(render(tmp.resolve("x-{shard}")).toArray(String[]::new));
        assertEquals(1, noShard.exitCode());
        assertTrue(noShard.err().contains("there is no --shard"), noShard.err());
        assertFalse(Files.exists(tmp.resolve("x-{shard}")));
    }

    @Test
    void aSecondProcessIntoARunningFolderIsRefusedNamingIt() throws Exception {
        Path out = tmp.resolve("busy");
        Process p = child(render(out, "--frames", "5000"));   // still running when the second one comes
        try {
            assertTrue(KillAndResumeTest.waitForFrames(out, p, 1, tmp.resolve("child.log")), "the first run should get going");
            CliRun second = CliRun.of(render(out, "--frames", "5000").toArray(String[]::new));
            assertEquals(1, second.exitCode());
            assertTrue(second.err().contains(out + ": another Mirage process (process " + p.pid() + ") is writing this folder"),
                    second.err());
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    static Process child(List<String> args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "-Dmirage.home=" + CliRun.repo(), Main.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }
}
