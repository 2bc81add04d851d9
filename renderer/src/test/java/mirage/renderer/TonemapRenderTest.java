package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mirage.core.frame.RenderedFrame;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.RenderSpec.Tonemap;
import org.joml.Matrix4f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exposure, the tone mappers and the dithered encoding, on a visible uniform environment (every pixel the same
 * radiance): each pixel is the published curve (written again here) of the exposed radiance, sRGB-encoded, within
 * one step; the dither is unbiased (the mean over the frame is the exact value, so smooth gradients do not band)
 * and the same for the same frame.
 */
class TonemapRenderTest {
    static final float L = 0.375f;
    @TempDir Path dir;

    static double khronosNeutral(double x) {   // grey input: min = max = x
        double offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
        double c = x - offset;
        double start = 0.76, d = 0.24;
        if (c < start) return c;
        return 1 - d * d / (c + d - start);   // grey: desaturation leaves it grey
    }

    static double acesFitted(double x) {
        x *= 0.6;
        return Math.max(0, Math.min(1, x * (2.51 * x + 0.03) / (x * (2.43 * x + 0.59) + 0.14)));
    }

    static RenderedFrame sky(Renderer r, Path map, Tonemap tonemap, double ev) {
        Scene s = new Scene(0, EnvironmentRenderTest.K, new Matrix4f(), 0.1f, 50f, List.of(), List.of(), List.of(),
                new Rgb(0, 0, 0), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null,
                new HdrLook(tonemap, ev, new EnvironmentLight(map, 0, 1, true)));
        return r.render(s, new TestAssets(Map.of()));
    }

    /** Green channel of every pixel. */
    static int[] green(RenderedFrame f) {
        int[] out = new int[f.color().width() * f.color().height()];
        for (int y = 0, k = 0; y < f.color().height(); y++)
            for (int x = 0; x < f.color().width(); x++) out[k++] = (f.color().rgb(x, y) >> 8) & 0xFF;
        return out;
    }

    static void assertEncodes(double displayLinear, int[] pixels, String what) {
        double exact = 255 * Shading.toSrgb(displayLinear);
        double mean = Arrays.stream(pixels).average().orElseThrow();
        for (int p : pixels) assertTrue(p == Math.floor(exact) || p == Math.ceil(exact), what + ": pixel " + p + " vs " + exact);
        assertEquals(exact, mean, 0.1, what + ": the dither is unbiased");
    }

    @Test
    void exposureAndToneMappersFollowTheirCurves() throws IOException {
        float[] uniform = new float[3 * 16 * 8];
        Arrays.fill(uniform, L);
        Path map = EnvironmentRenderTest.writeHdr(dir.resolve("uniform.hdr"), 16, 8, uniform);
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            assertEncodes(L, green(sky(r, map, Tonemap.LINEAR, 0)), "linear");
            assertEncodes(L * 2, green(sky(r, map, Tonemap.LINEAR, 1)), "linear, +1 EV");
            assertEncodes(L / 4, green(sky(r, map, Tonemap.LINEAR, -2)), "linear, -2 EV");
            assertEncodes(khronosNeutral(L), green(sky(r, map, Tonemap.KHRONOS_NEUTRAL, 0)), "khronos_neutral");
            assertEncodes(khronosNeutral(L * 4), green(sky(r, map, Tonemap.KHRONOS_NEUTRAL, 2)), "khronos_neutral, +2 EV");
            assertEncodes(acesFitted(L), green(sky(r, map, Tonemap.ACES, 0)), "aces");
            int[] agx = green(sky(r, map, Tonemap.AGX, 0)), brighter = green(sky(r, map, Tonemap.AGX, 1));
            double a = Arrays.stream(agx).average().orElseThrow(), b = Arrays.stream(brighter).average().orElseThrow();
            assertTrue(a > 100 && b > a + 10 && b < 255, "agx rises with exposure: " + a + " then " + b);
            assertEquals(Arrays.toString(agx), Arrays.toString(green(sky(r, map, Tonemap.AGX, 0))), "same frame, same bytes");
        }
    }
}
