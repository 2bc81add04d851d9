package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mirage.dataset.DatasetLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant memory: the report of a run of tiny frames, two rendered for real and the others copies of them
 * (records renumbered, images and masks linked), is written by {@code mirage report} in a JVM limited to 256 MiB
 * of heap, with progress lines on stderr; it must count every record and annotation, find the copies as duplicate
 * images, and show samples spread over the run. 10,000 frames, about 11 s on two vCPUs
 * ({@code -Dmirage.report.frames=N} for another size).
 */
class ReportScaleTest {
    static final int FRAMES = Integer.getInteger("mirage.report.frames", 10_000);

    @TempDir
    Path tmp;

    @Test
    void reportsTenThousandFramesIn256MiB() throws Exception {
        reportsIn256MiB(FRAMES);
    }

    private void reportsIn256MiB(int frames) throws Exception {
        Path spec = TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: " + frames, ""));
        Path out = tmp.resolve("out");
        CliRun first = TinyScene.render(spec, out, "--only", "0-1");
        assertEquals(0, first.exitCode(), first.err());
        long annotations = copies(out, frames);

        long t0 = System.nanoTime();
        Path html = tmp.resolve("report.html");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "mirage.cli.Main", "report", out.toString(), "--out",
                html.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        System.out.printf("report of %d records with -Xmx256m in %.1f s%n", frames, (System.nanoTime() - t0) / 1e9);
        assertEquals(0, code, err);
        assertTrue(err.lines().anyMatch(l -> l.startsWith("report out") && l.contains(frames + "/" + frames)), err);

        JsonNode d = ReportCommandTest.embedded(html).get("dataset");
        assertEquals(frames, d.get("records").asInt());
        assertEquals(frames, d.get("counts").get("images").asInt());
        assertEquals(annotations, d.get("counts").get("annotations").asLong());
        assertEquals(frames - 2, d.get("duplicates").get("repeats").asLong(), "every copy repeats frame 0 or 1");
        List<Integer> shown = new ArrayList<>();
        d.get("samples").forEach(s -> shown.add(s.get("frame").asInt()));
        List<Integer> spread = new ArrayList<>();
        for (int k = 0; k < 8; k++) spread.add(k * frames / 8);
        assertEquals(spread, shown);
    }

    /** Frames 2.. as copies of frames 0 and 1; returns the annotations of all frames. */
    private static long copies(Path out, int frames) throws IOException {
        String[] records = {Files.readString(out.resolve(DatasetLayout.record(0))), Files.readString(out.resolve(DatasetLayout.record(1)))};
        long[] per = {count(records[0]), count(records[1])};
        long annotations = per[0] + per[1];
        for (int i = 2; i < frames; i++) {
            Files.writeString(out.resolve(DatasetLayout.record(i)), AssemblyMemoryScaleTest.renumber(records[i % 2], i % 2, i));
            for (String dir : List.of(DatasetLayout.IMAGES, DatasetLayout.INSTANCE_MASKS))
                link(out.resolve(dir).resolve(DatasetLayout.frameName(i % 2, "png")), out.resolve(dir).resolve(DatasetLayout.frameName(i, "png")));
            annotations += per[i % 2];
        }
        return annotations;
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link);
        }
    }

    private static long count(String record) {
        return Pattern.compile("\"annotation_id\": \\d").matcher(record).results().count();
    }
}
