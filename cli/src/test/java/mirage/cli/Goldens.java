package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Tree hashes of rendered datasets, compared with listings recorded from earlier code
 * ({@code cli/src/test/resources/goldens/NAME.sha256}): one line per file, {@code sha256  relative/path}, sorted by
 * path, every file of the folder (images, masks, depth, normals, frame records, annotations, dataset.json, the run
 * file). The version fields of dataset.json and the COCO files are left out of their hashes, so a release does not
 * change them; nothing else is. Image bytes are only promised on the same machine and driver, so a listing
 * applies where the GL renderer and version match the ones it was recorded with (its first line); elsewhere the
 * check is skipped. {@code -Dmirage.goldens.record=true} writes the listings instead of comparing.
 */
final class Goldens {
    private static final Pattern VERSION = Pattern.compile("\"version\" ?: ?\"[^\"]*\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Goldens() {}

    /** Compares the files under {@code root} with listing {@code name}. */
    static void check(String name, Path root) {
        Path file = CliRun.repo().resolve("cli/src/test/resources/goldens").resolve(name + ".sha256");
        String gl = "# gl: " + renderer(root);
        List<String> actual = new ArrayList<>(List.of(gl));
        actual.addAll(listing(root));
        try {
            if (Boolean.getBoolean("mirage.goldens.record")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual, StandardCharsets.UTF_8);
                return;
            }
            List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
            Assumptions.assumeTrue(expected.get(0).equals(gl),
                    () -> name + ": goldens were recorded with " + expected.get(0) + ", this machine has " + gl);
            assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": files differ from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sha256  path} of every regular file under {@code root}, sorted by path. */
    static List<String> listing(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path f : files) out.add(sha256(content(root.resolve(f))) + "  " + f.toString().replace('\\', '/'));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] content(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        boolean versioned = name.equals("dataset.json") || file.getParent().getFileName().toString().equals("annotations");
        if (!versioned) return bytes;
        return VERSION.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("\"version\":\"\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The GL renderer and version a dataset (or the first dataset under a sweep folder) was rendered with. */
    private static String renderer(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            Path manifest = s.filter(p -> p.getFileName().toString().equals("dataset.json")).sorted().findFirst()
                    .orElseThrow();
            JsonNode r = JSON.readTree(manifest.toFile()).get("renderer");
            return r.get("gl_renderer").asText() + " | " + r.get("gl_version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
