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
        SceneSampler sampler = VariantTimes.sampler(spec, assets);
        VariantTimes times = new VariantTimes(List.of("no shadows", "hard (size 0)", "soft"), 0, 0, 1);
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            long none = VariantTimes.renderNanos(renderer, lit(scene, false, false), assets);
            long hard = VariantTimes.renderNanos(renderer, lit(scene, true, false), assets);
            long soft = VariantTimes.renderNanos(renderer, lit(scene, true, true), assets);
            if (i >= warmup) times.add(none, hard, soft);
        }
        times.print(String.format("soft shadows (radius %.2f m, sun %.1f deg), render per frame", POINT_RADIUS_M, SUN_DIAMETER_DEG));
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
