package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.renderer.Renderer;
import mirage.scenes.model.Light;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;

/**
 * What soft shadows (a light's {@code size}) cost on the bench scene, on one GL context: every measured frame is
 * rendered three times back to back, every light casting no shadow, hard shadows (size 0) and soft shadows of a
 * typical size ({@link #POINT_RADIUS_M} for point and spot lights, {@link #SUN_DIAMETER_DEG} for directional ones),
 * and the per-frame ratios soft / hard and hard / none are reported. The render time is shade + readback, as in
 * {@link AntialiasBench}. The spec's own shadow switches and sizes are overridden so that the phase measures something
 * on a scene (like bench.yaml) whose lights cast none.
 */
final class SoftShadowBench {
    /** The typical sizes measured: a 10 cm lamp, and a sun four times as wide as the real one (a hazy sky). */
    static final float POINT_RADIUS_M = 0.1f, SUN_DIAMETER_DEG = 2f;

    private SoftShadowBench() {}

    static void run(SceneSpec spec, AssetLibrary assets, Renderer renderer, int warmup, int frames) {
        SceneSampler sampler = new SceneSampler(spec, p -> assets.model(p).bounds());
        Samples none = new Samples(), hard = new Samples(), soft = new Samples();
        List<Double> softToHard = new ArrayList<>(), hardToNone = new ArrayList<>();
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            long n = EnvironmentBench.time(renderer, lit(scene, false, false), assets);
            long h = EnvironmentBench.time(renderer, lit(scene, true, false), assets);
            long s = EnvironmentBench.time(renderer, lit(scene, true, true), assets);
            if (i < warmup) continue;
            none.add(n);
            hard.add(h);
            soft.add(s);
            softToHard.add((double) s / h);
            hardToNone.add((double) h / n);
        }
        System.out.printf("  soft shadows (radius %.2f m, sun %.1f deg), render per frame, median ms (median of per-frame ratios):%n",
                POINT_RADIUS_M, SUN_DIAMETER_DEG);
        System.out.printf("    no shadows    %8.2f%n", none.medianMillis());
        System.out.printf("    hard (size 0) %8.2f  (%.2fx no shadows)%n", hard.medianMillis(), Samples.median(hardToNone));
        System.out.printf("    soft          %8.2f  (%.2fx hard)%n", soft.medianMillis(), Samples.median(softToHard));
    }

    /** The scene with every light casting shadows or none, of the typical size or size 0. */
    static Scene lit(Scene scene, boolean shadows, boolean soft) {
        List<Light> lights = new ArrayList<>();
        for (Light l : scene.lights()) {
            float size = !soft ? 0 : l.type() == Light.Type.DIRECTIONAL ? SUN_DIAMETER_DEG : POINT_RADIUS_M;
            lights.add(new Light(l.type(), l.position(), l.direction(), l.radiance(), l.coneDeg(), l.softnessDeg(), shadows, size));
        }
        return scene.withLights(lights);
    }
}
