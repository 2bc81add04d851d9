package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mirage.dataset.DatasetLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant memory: a run of 200,000 frames whose records are all in place (two rendered for real, the others
 * copies of them renumbered) is resumed by {@code mirage render} in a JVM limited to 256 MiB of heap, which then
 * has nothing to render and assembles the COCO file and dataset.json from the records. It must finish, and count
 * every frame. Minutes and about a gigabyte of scratch files: {@code mvn -B test -Pscale -pl cli -am}
 * ({@code -Dmirage.scale.frames=N} for another size).
 */
@Tag("scale")
class AssemblyMemoryScaleTest {
    static final int FRAMES = Integer.getInteger("mirage.scale.frames", 200_000);
    static final long STRIDE = 1L << 16;

    @TempDir
    Path tmp;

    @Test
    void assemblesTwoHundredThousandRecordsIn256MiB() throws Exception {
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: " + FRAMES, ""));
        Path out = tmp.resolve("out");
        CliRun first = TinyScene.render(spec, out, "--only", "0-1");
        assertEquals(0, first.exitCode(), first.err());
        String[] templates = {record(out, 0), record(out, 1)};
        long t0 = System.nanoTime();
        long annotations = 0;
        for (int i = 2; i < FRAMES; i++) {
            String text = renumber(templates[i % 2], i % 2, i);
            annotations += count(text);
            Files.writeString(out.resolve(DatasetLayout.record(i)), text, StandardCharsets.UTF_8);
        }
        annotations += count(templates[0]) + count(templates[1]);
        System.out.printf("synthesized %d records in %.1f s%n", FRAMES - 2, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        Process p = new ProcessBuilder(command(spec, out)).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        System.out.printf("resumed and assembled with -Xmx256m in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        assertEquals(0, code, log);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve(DatasetLayout.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean(), log);
        assertEquals(FRAMES, manifest.get("counts").get("images").asLong());
        assertEquals(annotations, manifest.get("counts").get("annotations").asLong());
        assertTrue(Files.size(out.resolve(DatasetLayout.COCO)) > FRAMES * 50L);
    }

    private static String record(Path out, int frame) throws IOException {
        return Files.readString(out.resolve(DatasetLayout.record(frame)), StandardCharsets.UTF_8);
    }

    /** Frame {@code from}'s record as frame {@code to}'s: its index, image id, file name and annotation ids. */
    static String renumber(String record, int from, int to) {
        String s = record.replace("\"frame\": " + from + ",", "\"frame\": " + to + ",")
                .replace("\"image_id\": " + (from + 1) + ",", "\"image_id\": " + (to + 1) + ",")
                .replace("\"file_name\": \"" + DatasetLayout.imageName(from, false) + "\"",
                        "\"file_name\": \"" + DatasetLayout.imageName(to, false) + "\"");
        Matcher m = Pattern.compile("\"annotation_id\": (\\d+)").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            long index = Long.parseLong(m.group(1)) - (from + 1) * STRIDE;
            m.appendReplacement(b, "\"annotation_id\": " + ((to + 1) * STRIDE + index));
        }
        return m.appendTail(b).toString();
    }

    private static long count(String record) {
        return Pattern.compile("\"annotation_id\": \\d").matcher(record).results().count();
    }

    private static List<String> command(Path spec, Path out) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dmirage.home=" + CliRun.repo(), "-cp", System.getProperty("java.class.path"),
                "mirage.cli.Main", "render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", TinyScene.ASSETS.toString()));
        return cmd;
    }
}
