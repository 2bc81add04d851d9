package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outputs.coverage} end to end: the run writes {@code coverage/NNNNNN.png} only when it is on (8-bit grey,
 * values round(255 k / 16), above 0 exactly where the instance mask has an instance), lists it in dataset.json,
 * leaves every other file as without it, and a rerun treats a frame whose coverage file is cut short as not done.
 */
class CoverageRunTest {
    static final int FRAMES = 3;

    @TempDir
    Path tmp;

    Path spec(String name, String outputs) {
        return TinyScene.write(tmp.resolve(name), TinyScene.yaml("frames: " + FRAMES, outputs));
    }

    static void ok(CliRun r) {
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void writtenWhenOnFollowsTheMaskAndChangesNothingElse() throws IOException {
        Path on = tmp.resolve("on"), off = tmp.resolve("off");
        ok(TinyScene.render(spec("a", "outputs: {coverage: true}"), on));
        ok(TinyScene.render(spec("b", ""), off));
        assertFalse(Files.exists(off.resolve("coverage")), "off by default: no coverage folder");
        assertFalse(Files.readString(off.resolve("dataset.json")).contains("\"coverage/\""), "no coverage among the outputs");
        assertTrue(Files.readString(on.resolve("dataset.json")).contains("\"coverage\" : \"coverage/\""));
        int partial = 0;
        for (int i = 0; i < FRAMES; i++) {
            String name = String.format("%06d.png", i);
            for (String folder : new String[] {"images", "masks/instance", "masks/semantic", "depth", "normals"})
                assertArrayEquals(Files.readAllBytes(off.resolve(folder).resolve(name)), Files.readAllBytes(on.resolve(folder).resolve(name)),
                        folder + "/" + name + " is the same with coverage on");
            BufferedImage coverage = ImageIO.read(on.resolve("coverage").resolve(name).toFile());
            BufferedImage mask = ImageIO.read(on.resolve("masks/instance").resolve(name).toFile());
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, coverage.getType());
            assertEquals(80, coverage.getWidth());
            assertEquals(60, coverage.getHeight());
            Raster c = coverage.getRaster(), m = mask.getRaster();
            for (int y = 0; y < 60; y++)
                for (int x = 0; x < 80; x++) {
                    int value = c.getSample(x, y, 0);
                    assertEquals(m.getSample(x, y, 0) != 0, value > 0, "coverage > 0 iff masked at " + x + "," + y + " of " + name);
                    long k = Math.round(value * 16 / 255.0);
                    assertEquals(Math.floor(255.0 * k / 16 + 0.5), value, "a value of round(255 k / 16) at " + x + "," + y);
                    if (value > 0 && value < 255) partial++;
                }
        }
        assertTrue(partial > 20, partial + " edge pixels partly covered");
    }

    @Test
    void aFrameWithACutCoverageFileIsNotDone() throws IOException {
        Path out = tmp.resolve("resume");
        Path spec = spec("a", "outputs: {coverage: true}");
        ok(TinyScene.render(spec, out));
        Path cut = out.resolve("coverage/000001.png"), gone = out.resolve("coverage/000002.png");
        byte[] whole = Files.readAllBytes(cut), other = Files.readAllBytes(gone);
        byte[] record = Files.readAllBytes(out.resolve("frames/000001.json"));
        Files.write(cut, Arrays.copyOf(whole, whole.length - 20));
        Files.delete(gone);
        CliRun again = TinyScene.render(spec, out);
        ok(again);
        assertArrayEquals(whole, Files.readAllBytes(cut), "frame 1 rendered again");
        assertArrayEquals(other, Files.readAllBytes(gone), "frame 2 rendered again");
        assertArrayEquals(record, Files.readAllBytes(out.resolve("frames/000001.json")));
    }
}
