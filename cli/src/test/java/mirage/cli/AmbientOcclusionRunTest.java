package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render.ambient_occlusion} end to end on the bundled default scene with a shadow-catcher ground, 8-bit and
 * HDR: masks, depth, normals, COCO and the frame records (but for the record's {@code scene.ambient_occlusion}, which
 * holds the radius and the drawn intensity) are byte for byte those of the same run without it; the RGB only
 * darkens (ambient occlusion takes indirect light away; 1 allowed for the HDR pipeline's dither) and does change.
 */
class AmbientOcclusionRunTest {
    static final String GROUND = "ground: {height: -0.6, shadow_catcher: true}\n";
    @TempDir
    static Path tmp;

    static Path render(String name, String extra) throws Exception {
        return EnvironmentRunTest.render(tmp, name, AntialiasRunTest.spec(extra), tmp.resolve(name));
    }

    @Test
    void onlyTheRgbDarkens() throws Exception {
        for (String look : List.of("", "tonemap: aces, ")) {
            String name = look.isEmpty() ? "8-bit" : "hdr";
            Path off = render("ao-off-" + name, GROUND + "render: {" + look + "antialias: off}\n");
            Path on = render("ao-on-" + name, GROUND + "render: {" + look
                    + "ambient_occlusion: {radius: 0.4, intensity: {uniform: [0.6, 1]}}}\n");
            assertOnlyRgbDarkens(off, on, name);
        }
    }

    static void assertOnlyRgbDarkens(Path off, Path on, String what) throws Exception {
        for (String dir : List.of("masks/instance", "masks/semantic", "depth", "normals", "annotations"))
            for (Path f : KillAndResumeTest.files(off.resolve(dir)))
                assertArrayEquals(Files.readAllBytes(off.resolve(dir).resolve(f)), Files.readAllBytes(on.resolve(dir).resolve(f)), what + ": " + dir + "/" + f);
        int darker = 0;
        for (String frame : List.of("000000", "000001")) {
            JsonNode a = AntialiasRunTest.JSON.readTree(off.resolve("frames/" + frame + ".json").toFile());
            ObjectNode b = (ObjectNode) AntialiasRunTest.JSON.readTree(on.resolve("frames/" + frame + ".json").toFile());
            JsonNode ao = ((ObjectNode) b.get("scene")).remove("ambient_occlusion");
            assertEquals(0.4, ao.get("radius").asDouble(), 1e-6, what + ": recorded radius");
            double intensity = ao.get("intensity").asDouble();
            assertTrue(intensity >= 0.6 && intensity <= 1, what + ": recorded intensity " + intensity);
            assertEquals(a, b, what + ": the record of frame " + frame + " but for scene.ambient_occlusion");
            int[] offRgb = AntialiasRunTest.rgb(off.resolve("images/" + frame + ".png")), onRgb = AntialiasRunTest.rgb(on.resolve("images/" + frame + ".png"));
            for (int i = 0; i < offRgb.length; i++)
                for (int shift = 0; shift <= 16; shift += 8) {
                    int x = offRgb[i] >> shift & 0xff, y = onRgb[i] >> shift & 0xff;
                    assertTrue(y <= x + 1, what + ", frame " + frame + ": pixel " + i + " brighter, " + x + " -> " + y);
                    if (y < x - 2) darker++;
                }
        }
        assertTrue(darker > 100, what + ": ambient occlusion darkens something, " + darker + " channels");
    }
}
