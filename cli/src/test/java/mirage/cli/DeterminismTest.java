package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same spec and seed give byte-identical files, whatever the number of encoder threads or GL contexts. */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void sameSpecAndSeedGiveIdenticalFiles() throws IOException {
        Path a = render("a", "1");
        List<Path> files = files(a);
        assertFalse(files.isEmpty());
        for (String workers : List.of("2", "4")) {
            Path b = render("w" + workers, workers);
            assertEquals(files, files(b));
            for (Path f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), workers + " workers: " + f);
        }
        Path c = render("contexts", "2", "--gl-contexts", "2");   // two GL contexts take frames from one list
        for (Path f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(c.resolve(f)), "2 contexts: " + f);
    }

    @Test
    void anotherSeedGivesOtherLabels() throws IOException {
        Path a = render("a", "1");
        Path c = tmp.resolve("c");
        assertEquals(0, CliRun.of("render", "--out", c.toString(), "--frames", "3", "--seed", "99", "--no-progress").exitCode());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("frames/000000.json")),
                Files.readAllBytes(c.resolve("frames/000000.json"))));
    }

    private Path render(String name, String workers, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("render", "--out", out.toString(), "--frames", "3", "--workers",
                workers, "--no-progress"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
