package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md's "Where to add" table names files that exist (paths exactly, bare names somewhere). */
class ArchitectureDocTest {
    static final Pattern FILE = Pattern.compile("`([A-Za-z0-9_./-]+\\.(?:java|md|glsl))`");

    @Test
    void whereToAddNamesFilesThatExist() throws IOException {
        Path repo = CliRun.repo();
        String doc = Files.readString(repo.resolve("docs/ARCHITECTURE.md"));
        String table = doc.substring(doc.indexOf("## Where to add"));
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Matcher m = FILE.matcher(table); m.find(); ) {
            String name = m.group(1);
            named.add(name);
            if (name.contains("/") ? !Files.isRegularFile(repo.resolve(name)) : !existsSomewhere(repo, name)) missing.add(name);
        }
        assertTrue(named.size() > 20, "the table names files: " + named);
        assertTrue(missing.isEmpty(), "docs/ARCHITECTURE.md names files that do not exist: " + missing);
    }

    private static boolean existsSomewhere(Path repo, String name) throws IOException {
        try (Stream<Path> s = Files.walk(repo)) {
            return s.anyMatch(p -> p.getFileName().toString().equals(name) && !p.toString().contains("/target/"));
        }
    }
}
