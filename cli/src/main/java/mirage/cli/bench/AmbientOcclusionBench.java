package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.renderer.Renderer;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.AmbientOcclusionSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * What {@code render.ambient_occlusion} costs on the bench scene, on one GL context: every measured frame is rendered
 * without and with it, back to back (as sampled otherwise, so with the spec's own pipeline and anti-aliasing), and
 * the two times are compared on the same frame. With ambient occlusion a frame draws its labels first (the label
 * program), computes the occlusion (two full-frame passes), then draws the colour (without anti-aliasing, the shaded
 * program writes the labels again with it). The render time is shade + readback of the colour, ids, depth and normals.
 * The spec's own ambient occlusion is used if it has one, else the defaults (radius 0.5 m, intensity 1).
 */
final class AmbientOcclusionBench {
    private AmbientOcclusionBench() {}

    static void run(SceneSpec spec, AssetLibrary assets, Renderer renderer, int warmup, int frames) {
        SceneSampler sampler = new SceneSampler(spec, p -> assets.model(p).bounds());
        Samples off = new Samples(), on = new Samples();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            AmbientOcclusion ao = scene.ambientOcclusion() != null ? scene.ambientOcclusion()
                    : new AmbientOcclusion((float) AmbientOcclusionSpec.DEFAULT_RADIUS, AmbientOcclusionSpec.DEFAULT_INTENSITY);
            long a = EnvironmentBench.time(renderer, scene.withAmbientOcclusion(null), assets);
            long b = EnvironmentBench.time(renderer, scene.withAmbientOcclusion(ao), assets);
            if (i < warmup) continue;
            off.add(a);
            on.add(b);
            ratios.add((double) b / a);
        }
        System.out.printf("  ambient occlusion (%s pipeline, antialias %s), render per frame, median ms (median of per-frame ratios to off):%n",
                spec.hdr() ? "HDR" : "8-bit", spec.renderOrDefault().antialiasOrDefault().specName());
        System.out.printf("    off    %8.2f  (1.00x)%n", off.medianMillis());
        System.out.printf("    on     %8.2f  (%.2fx)%n", on.medianMillis(), Samples.median(ratios));
    }
}
