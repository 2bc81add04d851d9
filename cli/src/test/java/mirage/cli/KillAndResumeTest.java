package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with SIGKILL at random points, or stopped with SIGINT, resume to files identical to an
 * uninterrupted run, and never leave a partial file under a final name.
 */
class KillAndResumeTest {
    static final int FRAMES = 40;
    @TempDir
    static Path tmp;
    static Path spec;
    static Path reference;

    @BeforeAll
    static void referenceRun() throws IOException {
        spec = tmp.resolve("scene.yaml");
        Files.writeString(spec, Files.readString(CliRun.defaultScene())
                .replace("frames: 24", "frames: " + FRAMES)
                .replace("image: {width: 640, height: 480}", "image: {width: 240, height: 180}")
                .replace("assets/", CliRun.defaultScene().getParent().resolve("assets") + "/"));
        reference = tmp.resolve("reference");
        CliRun r = CliRun.of(args(reference).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
    }

    static List<String> args(Path out) {
        return List.of("render", spec.toString(), "--out", out.toString(), "--no-progress", "--allow-root",
                CliRun.defaultScene().getParent().toString());
    }

    @Test
    void killedRunsResumeToIdenticalFiles() throws Exception {
        Path out = tmp.resolve("killed");
        SplittableRandom random = new SplittableRandom(20261123);
        int kills = 0;
        for (int target : new int[] {3, 14, 27}) {
            Process p = child(out);
            long extraMillis = random.nextLong(0, 150);
            if (waitForFrames(out, p, target)) {
                Thread.sleep(extraMillis);
                p.destroyForcibly();   // SIGKILL
                kills++;
            }
            p.waitFor(60, TimeUnit.SECONDS);
            assertNoPartialFiles(out);
        }
        assertTrue(kills >= 2, "the run should have been killed mid-way at least twice, was " + kills);
        CliRun r = CliRun.of(args(out).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertSameFiles(reference, out);
    }

    @Test
    void sigintFinishesFramesInFlightAndResumes() throws Exception {
        Path out = tmp.resolve("interrupted");
        Process p = child(out);
        assertTrue(waitForFrames(out, p, 6), "the run should get going");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_INTERRUPTED, p.exitValue());
        var manifest = new ObjectMapper().readTree(out.resolve("dataset.json").toFile());
        assertFalse(manifest.get("complete").asBoolean());
        int done = frameCount(out);
        assertTrue(done >= 6 && done < FRAMES, "stopped part-way, with " + done + " frames");
        var coco = new ObjectMapper().readTree(out.resolve("annotations/instances.json").toFile());
        assertEquals(done, coco.get("images").size(), "the COCO file covers the frames that are done");
        assertNoPartialFiles(out);
        CliRun r = CliRun.of(args(out).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertSameFiles(reference, out);
    }

    @Test
    void anotherSpecIsNotMixedIn() throws IOException {
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(spec).replace("seed: 1", "seed: 2"));
        CliRun r = CliRun.of("render", other.toString(), "--out", reference.toString(), "--no-progress", "--allow-root",
                CliRun.defaultScene().getParent().toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("holds a run of another spec"), r.err());
    }

    static Process child(Path out) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "-Dmirage.home=" + CliRun.repo(), Main.class.getName()));
        cmd.addAll(args(out));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    /** Waits until {@code count} frames are done; false if the process ended first. */
    static boolean waitForFrames(Path out, Process p, int count) throws Exception {
        return waitForFrames(out, p, count, tmp.resolve("child.log"));
    }

    /** As above, naming the child's log in the failure. */
    static boolean waitForFrames(Path out, Process p, int count, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (frameCount(out) >= count) return true;
            if (!p.isAlive()) return false;
            Thread.sleep(5);
        }
        throw new AssertionError("no progress in 120 s: " + Files.readString(log));
    }

    static int frameCount(Path out) throws IOException {
        Path frames = out.resolve("frames");
        if (!Files.isDirectory(frames)) return 0;
        try (Stream<Path> s = Files.list(frames)) {
            return (int) s.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).count();
        }
    }

    /** Every PNG under a final name decodes whole; every frame record parses. Temporaries may remain. */
    static void assertNoPartialFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) return;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) continue;
                if (name.endsWith(".png")) assertNotNull(ImageIO.read(f.toFile()), "whole PNG: " + f);
                if (name.endsWith(".json")) new ObjectMapper().readTree(f.toFile());
            }
        }
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> a = files(expected), b = files(actual);
        assertEquals(a, b, "same file list (and no temporaries left)");
        for (Path f : a) assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f.toString());
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
