package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;
import mirage.scenes.model.Background;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.MaterialSpec;
import mirage.scenes.testing.Stats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sampled appearance values follow their declared distributions across frames (each frame from its own streams).
 * Fixed seed, N = 4000 frames. Kolmogorov-Smirnov at significance 0.001: D &lt; 1.95 / sqrt(N) = 0.0308.
 * Chi-square at significance 0.001: 10.83 (1 degree of freedom), 13.82 (2), 52.62 (25).
 */
class AppearanceStatisticsTest {
    private static final int N = 4000;
    private static final String SPEC = """
            seed: 11
            frames: 1
            image: {width: 320, height: 240}
            camera:
              fov_deg: {uniform: [40, 70]}
              orbit: {distance: 3, roll_deg: {normal: {mean: 5, std: 10, min: -20, max: 30}}}
            objects:
              - asset: a.glb
                category: a
                material:
                  surface: {procedural: {pattern: [checker, stripes, noise], cells: {uniform: [2, 12]}}}
                  uv: {scale: {uniform: [0.5, 3]}, offset: {uniform: [0, 1]}, rotation_deg: {uniform: [0, 360]}}
                  roughness: {uniform: [0.2, 0.9]}
                  metallic: {choice: [0, 1]}
              - asset: a.glb
                category: b
                material: {procedural: {pattern: [checker, checker, noise]}}
            lights:
              - type: spot
                position: {min: [0, 3, 0], max: [0, 3, 0]}
                cone_deg: {uniform: [10, 40]}
                softness_deg: {uniform: [0, 5]}
            background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.3}
            effects:
              blur_sigma: {uniform: [0, 2]}
              brightness: {normal: {mean: 0, std: 0.1, min: -0.15, max: 0.3}}
              contrast: {uniform: [0.8, 1.2]}
              saturation: {uniform: [0.5, 1.5]}
              hue_deg: {uniform: [-10, 10]}
              noise_std: {uniform: [0, 0.05]}
              jpeg_quality: {int_uniform: [70, 95]}
            """;

    @TempDir static Path tmp;
    static List<Scene> frames;

    @BeforeAll static void sample() {
        SceneSampler sampler = new SceneSampler(new TestSpecs(tmp).load(SPEC), TestSpecs.FIXED_BOUNDS);
        frames = new ArrayList<>();
        for (int i = 0; i < N; i++) frames.add(sampler.sample(i));
    }

    private static double[] values(ToDoubleFunction<Scene> f) {
        return frames.stream().mapToDouble(f).toArray();
    }

    private static void assertUniform(String what, double[] s, double a, double b) {
        for (double v : s) assertTrue(v >= a - 1e-4 && v <= b + 1e-4, what + " outside [" + a + ", " + b + "]: " + v);
        assertFits(what, s, x -> Math.min(1, Math.max(0, (x - a) / (b - a))));
    }

    private static void assertFits(String what, double[] s, DoubleUnaryOperator cdf) {
        double d = Stats.ks(s, cdf);
        assertTrue(d < Stats.ksCritical(s.length), what + ": KS D = " + d + " (critical " + Stats.ksCritical(s.length) + ")");
    }

    /** The normal(mean, std) truncated to [lo, hi]. */
    private static DoubleUnaryOperator truncatedNormal(double mean, double std, double lo, double hi) {
        double a = Stats.normalCdf((lo - mean) / std), b = Stats.normalCdf((hi - mean) / std);
        return x -> x <= lo ? 0 : x >= hi ? 1 : (Stats.normalCdf((x - mean) / std) - a) / (b - a);
    }

    /** Pearson's chi-square of counts against expected probabilities. */
    private static double chiSquare(long[] counts, double[] p) {
        long n = java.util.Arrays.stream(counts).sum();
        double chi = 0;
        for (int k = 0; k < counts.length; k++) chi += Math.pow(counts[k] - n * p[k], 2) / (n * p[k]);
        return chi;
    }

    private static Material material(Scene s, int instance) {
        return s.instances().get(instance).material();
    }

    private static Material.Surface.Procedural pattern(Scene s, int instance) {
        return (Material.Surface.Procedural) material(s, instance).surface();
    }

    private static Background.Image image(Scene s) {
        return (Background.Image) s.background();
    }

    private static Light spot(Scene s) {
        return s.lights().get(0);
    }

    @Test void lensAndRoll() {
        double[] fov = values(s -> s.cameraDraw().fovDeg());
        assertUniform("fov", fov, 40, 70);
        assertTrue(Stats.ks(fov, x -> Math.min(1, Math.max(0, (x - 40) / 32))) > Stats.ksCritical(N), "the test has power");
        double[] roll = values(s -> s.cameraDraw().rollDeg());
        assertFits("roll", roll, truncatedNormal(5, 10, -20, 30));
        assertTrue(Stats.ks(roll, truncatedNormal(0, 10, -20, 30)) > Stats.ksCritical(N), "the test has power");
    }

    @Test void materialValues() {
        assertUniform("roughness", values(s -> material(s, 0).roughness()), 0.2, 0.9);
        assertUniform("uv scale", values(s -> material(s, 0).uv().scale()), 0.5, 3);
        assertUniform("uv offset u", values(s -> material(s, 0).uv().offsetU()), 0, 1);
        assertUniform("uv offset v", values(s -> material(s, 0).uv().offsetV()), 0, 1);
        assertUniform("uv rotation", values(s -> material(s, 0).uv().rotationDeg()), 0, 360);
        assertUniform("cells", values(s -> pattern(s, 0).cells()), 2, 12);
        long[] metallic = new long[2];
        for (Scene s : frames) metallic[(int) material(s, 0).metallic()]++;
        assertTrue(chiSquare(metallic, new double[] {0.5, 0.5}) < 10.83, "metallic chi-square");
        // u and v offsets are separate draws
        assertTrue(frames.stream().filter(s -> material(s, 0).uv().offsetU() == material(s, 0).uv().offsetV()).count() == 0);
    }

    @Test void patternsArePickedUniformlyFromTheList() {
        long[] counts = new long[3];
        for (Scene s : frames) counts[pattern(s, 0).pattern().ordinal()]++;
        assertTrue(Stats.chiSquareUniform(counts) < 13.82, "chi-square " + Stats.chiSquareUniform(counts));
        // a name listed twice is twice as likely: [checker, checker, noise]
        long[] weighted = new long[2];
        for (Scene s : frames) weighted[pattern(s, 1).pattern() == Material.Pattern.CHECKER ? 0 : 1]++;
        assertEquals(N, weighted[0] + weighted[1]);
        assertTrue(chiSquare(weighted, new double[] {2 / 3.0, 1 / 3.0}) < 10.83, "chi-square");
        assertTrue(chiSquare(weighted, new double[] {0.5, 0.5}) > 10.83, "the test has power");
        // default colours and cells
        Material.Surface.Procedural p = pattern(frames.get(0), 1);
        assertEquals(new Rgb(0, 0, 0), p.a());
        assertEquals(new Rgb(1, 1, 1), p.b());
        assertEquals(8f, p.cells());
        assertTrue(frames.stream().mapToInt(s -> pattern(s, 1).seed()).distinct().count() > N - 5, "noise seeds are drawn");
    }

    @Test void spotCone() {
        double[] cone = values(s -> spot(s).coneDeg());
        assertUniform("cone", cone, 10, 40);
        assertUniform("softness", values(s -> spot(s).softnessDeg()), 0, 5);
    }

    @Test void backgroundCrop() {
        assertUniform("zoom", values(s -> image(s).zoom()), 1, 2);
        assertUniform("crop x", values(s -> image(s).x()), 0, 1);
        assertUniform("crop y", values(s -> image(s).y()), 0, 1);
        long[] flips = new long[2];
        for (Scene s : frames) flips[image(s).flip() ? 0 : 1]++;
        double chi = chiSquare(flips, new double[] {0.3, 0.7});
        assertTrue(chi < 10.83, "flip chi-square " + chi + " for counts " + flips[0] + ", " + flips[1]);
        assertTrue(chiSquare(flips, new double[] {0.35, 0.65}) > 10.83, "the test has power");
        long[] images = new long[2];
        for (Scene s : frames) images[image(s).image().getFileName().toString().equals("b1.jpg") ? 0 : 1]++;
        assertTrue(Stats.chiSquareUniform(images) < 10.83);
    }

    @Test void sensorEffects() {
        assertUniform("blur", values(s -> s.effects().blurSigma()), 0, 2);
        assertFits("brightness", values(s -> s.effects().brightness()), truncatedNormal(0, 0.1, -0.15, 0.3));
        assertUniform("contrast", values(s -> s.effects().contrast()), 0.8, 1.2);
        assertUniform("saturation", values(s -> s.effects().saturation()), 0.5, 1.5);
        assertUniform("hue", values(s -> s.effects().hueDeg()), -10, 10);
        assertUniform("noise", values(s -> s.effects().noiseStd()), 0, 0.05);
        long[] quality = new long[26];
        for (Scene s : frames) quality[s.effects().jpegQuality() - 70]++;
        assertTrue(Stats.chiSquareUniform(quality) < 52.62, "jpeg quality chi-square " + Stats.chiSquareUniform(quality));
        assertTrue(frames.stream().mapToLong(s -> s.effects().noiseSeed()).distinct().count() == N, "noise seeds are drawn");
    }

    /** The distractor default: hue uniform 0..360, saturation and value uniform 0.3..1, recovered from the RGB drawn. */
    @Test void randomColorHasUniformHueSaturationAndValue() {
        RandomGenerator rng = Seeds.derive(11, 0, "random-color");
        MaterialSpec spec = MaterialSpec.randomColor();
        double[] h = new double[N], s = new double[N], v = new double[N];
        for (int i = 0; i < N; i++) {
            Rgb c = ((Material.Surface.BaseColor) MaterialSampler.sample(spec, rng).surface()).color();
            double max = Math.max(c.r(), Math.max(c.g(), c.b())), min = Math.min(c.r(), Math.min(c.g(), c.b()));
            v[i] = max;
            s[i] = (max - min) / max;
            h[i] = hue(c.r(), c.g(), c.b(), max, min);
        }
        assertUniform("value", v, 0.3, 1);
        assertUniform("saturation", s, 0.3, 1);
        assertUniform("hue", h, 0, 360);
    }

    /** The inverse of the hexcone model, written from its definition. */
    private static double hue(double r, double g, double b, double max, double min) {
        double c = max - min;
        double h;
        if (max == r) h = 60 * ((g - b) / c);
        else if (max == g) h = 60 * ((b - r) / c + 2);
        else h = 60 * ((r - g) / c + 4);
        return h < 0 ? h + 360 : h;
    }
}
