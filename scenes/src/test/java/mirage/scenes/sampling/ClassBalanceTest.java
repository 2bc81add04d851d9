package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.testing.Stats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class balance. Object entries: two coin pools (told apart by their red and green colours), one box, one flag. The
 * weighted histograms use chi-square at significance 0.001 with the spec's seed 5.
 */
class ClassBalanceTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private SceneSpec spec(int frames, String balance) {
        return specs.load("""
                seed: 5
                frames: %d
                image: {width: 64, height: 48}
                camera: {fov_deg: 50, orbit: {distance: 3}}
                objects:
                  - {asset: a.glb, category: coin, material: {base_color: [1, 0, 0]}}
                  - {asset: b.glb, category: box}
                  - {asset: a.glb, category: coin, material: {base_color: [0, 1, 0]}}
                  - {asset: a.glb, category: flag}
                class_balance: %s
                """.formatted(frames, balance));
    }

    private static Map<String, Long> histogram(SceneSampler sampler, int from, int to) {
        Map<String, Long> h = new TreeMap<>();
        for (int i = from; i < to; i++)
            for (Instance x : sampler.sample(i).instances()) h.merge(x.category(), 1L, Long::sum);
        return h;
    }

    @Test void targetsAreMetExactlyAndDealtOutInFrameOrder() {
        int frames = 50;
        long total = 400 + 300 + 37;
        SceneSampler sampler = new SceneSampler(spec(frames, "{targets: {coin: 400, box: 300, flag: 37}}"), TestSpecs.FIXED_BOUNDS);
        assertEquals(Map.of("box", 300L, "coin", 400L, "flag", 37L), histogram(sampler, 0, frames));
        for (int i = 0; i < frames; i++) {
            long expected = (i + 1) * total / frames - i * total / frames;
            List<Instance> inst = sampler.sample(i).instances();
            assertEquals(expected, inst.size(), "frame " + i);
            for (Instance x : inst) assertEquals(x.category().equals("box") ? "b.glb" : "a.glb", x.asset().getFileName().toString());
        }
    }

    /** The shuffle mixes categories across frames: the first frames are not all coins (the unshuffled order). */
    @Test void targetsAreShuffled() {
        SceneSampler sampler = new SceneSampler(spec(50, "{targets: {coin: 400, box: 300, flag: 37}}"), TestSpecs.FIXED_BOUNDS);
        assertEquals(3, histogram(sampler, 0, 5).size(), histogram(sampler, 0, 5).toString());
    }

    @Test void aCategoryPicksItsEntriesUniformly() {
        SceneSampler sampler = new SceneSampler(spec(100, "{targets: {coin: 4000}}"), TestSpecs.FIXED_BOUNDS);
        long[] pools = new long[2];
        for (int i = 0; i < 100; i++)
            for (Instance x : sampler.sample(i).instances()) {
                Rgb c = ((Material.Surface.BaseColor) x.material().surface()).color();
                pools[c.r() == 1 ? 0 : 1]++;
            }
        assertEquals(4000, pools[0] + pools[1]);
        double chi = Stats.chiSquareUniform(pools);
        assertTrue(chi < 10.83, "chi-square (1 degree of freedom, 0.001 critical value 10.83) = " + chi);
    }

    @Test void weightsGiveTheirOdds() {
        int frames = 2000;
        SceneSampler sampler = new SceneSampler(spec(frames, "{instances_per_frame: {int_uniform: [2, 6]}, weights: {coin: 2, box: 1, flag: 1}}"),
                TestSpecs.FIXED_BOUNDS);
        long[] perFrame = new long[7];
        for (int i = 0; i < frames; i++) perFrame[sampler.sample(i).instances().size()]++;
        assertEquals(0, perFrame[0] + perFrame[1]);
        for (int n = 2; n <= 6; n++) assertTrue(perFrame[n] > 300, "every count occurs: " + n);
        Map<String, Long> h = histogram(sampler, 0, frames);
        long total = h.values().stream().mapToLong(Long::longValue).sum();
        double[] expected = {total / 2.0, total / 4.0, total / 4.0};
        long[] observed = {h.get("coin"), h.get("box"), h.get("flag")};
        double chi = 0;
        for (int c = 0; c < 3; c++) chi += (observed[c] - expected[c]) * (observed[c] - expected[c]) / expected[c];
        assertTrue(chi < 13.82, "chi-square (2 degrees of freedom, 0.001 critical value 13.82) = " + chi + " for " + h);
        // power: equal odds are rejected
        assertTrue(Stats.chiSquareUniform(observed) > 13.82);
    }

    @Test void categoriesLeftOutOfTheWeightsNeverOccur() {
        SceneSampler sampler = new SceneSampler(spec(200, "{instances_per_frame: 3, weights: {box: 1, flag: 3}}"), TestSpecs.FIXED_BOUNDS);
        Map<String, Long> h = histogram(sampler, 0, 200);
        assertEquals(600, h.get("box") + h.get("flag"));
        assertEquals(null, h.get("coin"));
    }

    /** A split's sampler deals its targets over its own global frame indices. */
    @Test void targetsOverASplitsFrames() {
        SceneSpec s = spec(30, "{targets: {coin: 10, box: 50}}");
        SceneSampler split = new SceneSampler(s, TestSpecs.FIXED_BOUNDS, 100);
        assertEquals(Map.of("coin", 10L, "box", 50L), histogram(split, 100, 130));
        assertThrows(IllegalArgumentException.class, () -> split.sample(99));
        assertThrows(IllegalArgumentException.class, () -> split.sample(130));
        assertThrows(IllegalArgumentException.class, () -> new SceneSampler(s, TestSpecs.FIXED_BOUNDS).sample(30));
    }

    @Test void framesAreIndependentAndDeterministic() {
        SceneSpec s = spec(40, "{targets: {coin: 100, box: 20, flag: 3}}");
        SceneSampler inOrder = new SceneSampler(s, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 17; i++) inOrder.sample(i);
        assertEquals(new SceneSampler(s, TestSpecs.FIXED_BOUNDS).sample(17), inOrder.sample(17));
        SceneSpec w = spec(40, "{instances_per_frame: 4, weights: {coin: 1, box: 1}}");
        assertEquals(new SceneSampler(w, TestSpecs.FIXED_BOUNDS).sample(9), new SceneSampler(w, TestSpecs.FIXED_BOUNDS).sample(9));
    }

    /** Weights are matched to categories by name: writing them in another order changes nothing. */
    @Test void weightOrderDoesNotMatter() {
        SceneSampler a = new SceneSampler(spec(10, "{instances_per_frame: 5, weights: {coin: 2, box: 1, flag: 1}}"), TestSpecs.FIXED_BOUNDS);
        SceneSampler b = new SceneSampler(spec(10, "{instances_per_frame: 5, weights: {flag: 1, box: 1, coin: 2}}"), TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 10; i++) assertEquals(a.sample(i), b.sample(i));
    }
}
