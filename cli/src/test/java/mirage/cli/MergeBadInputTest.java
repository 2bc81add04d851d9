package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards that do not make one run end in one clear error, and the output folder stays as it was (absent, or
 * with what it held): shards of two specs, overlapping shards, a missing shard, a folder that is no Mirage run.
 */
class MergeBadInputTest {
    @TempDir
    static Path tmp;
    static Path spec;

    @BeforeAll
    static void shards() throws IOException {
        spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 4", ""));
        Path other = TinyScene.write(tmp.resolve("other"), TinyScene.yaml("frames: 4", "").replace("seed: 3", "seed: 4"));
        for (String s : new String[] {"0/2", "1/2", "0/4"}) render(spec, tmp.resolve("a-" + s.replace('/', '-')), "--shard", s);
        render(other, tmp.resolve("b-1-2"), "--shard", "1/2");
    }

    static void render(Path spec, Path out, String... more) {
        CliRun r = TinyScene.render(spec, out, more);
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void shardsOfTwoSpecs() throws IOException {
        refused("holds a run of another spec", "a-0-2", "b-1-2");
    }

    @Test
    void overlappingShards() throws IOException {
        refused("overlap (frame 0)", "a-0-2", "a-0-4", "a-1-2");
    }

    @Test
    void aMissingShard() throws IOException {
        refused("no shard holds frames 2-3 (a shard folder is missing)", "a-0-2");
    }

    @Test
    void aFolderThatIsNoMirageRun() throws IOException {
        Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(tmp.resolve("photos/beach.jpg"), "not a run");
        refused("not a Mirage run", "a-0-2", "photos");
    }

    @Test
    void allowPartialMergesWhatExistsAndSaysSo() throws IOException {
        Path out = tmp.resolve("partial");
        CliOut r = CliOut.of("merge", tmp.resolve("a-0-2").toString(), "--out", out.toString(), "--allow-partial");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("merged 1 shards: 2 frames") && r.out().contains("incomplete"), r.out());
        assertTrue(Files.readString(out.resolve("dataset.json")).contains("\"complete\" : false"));
        assertFalse(Files.readString(out.resolve("dataset.json")).contains("\"shard\""), "the merged dataset is the run's");
    }

    /** The merge fails with {@code message}, leaving an absent OUT absent and a used OUT as it was. */
    private static void refused(String message, String... shards) throws IOException {
        for (boolean exists : new boolean[] {false, true}) {
            Path out = tmp.resolve("out-" + message.hashCode() + "-" + exists);
            if (exists) Files.writeString(Files.createDirectories(out).resolve("keep.txt"), "mine");
            List<String> args = new ArrayList<>(List.of("merge"));
            for (String s : shards) args.add(tmp.resolve(s).toString());
            args.addAll(List.of("--out", out.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains(message) && r.err().lines().count() == 1, r.err());
            if (exists) assertEquals(List.of(out.resolve("keep.txt")), TinyScene.files(out).stream().map(out::resolve).toList());
            else assertFalse(Files.exists(out));
        }
    }
}
