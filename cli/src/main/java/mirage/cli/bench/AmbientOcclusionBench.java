package mirage.cli.bench;

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
        SceneSampler sampler = VariantTimes.sampler(spec, assets);
        VariantTimes times = VariantTimes.againstFirst(List.of("off", "on"));
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            AmbientOcclusion ao = scene.ambientOcclusion() != null ? scene.ambientOcclusion()
                    : new AmbientOcclusion((float) AmbientOcclusionSpec.DEFAULT_RADIUS, AmbientOcclusionSpec.DEFAULT_INTENSITY);
            long off = VariantTimes.renderNanos(renderer, scene.withAmbientOcclusion(null), assets);
            long on = VariantTimes.renderNanos(renderer, scene.withAmbientOcclusion(ao), assets);
            if (i >= warmup) times.add(off, on);
        }
        times.print("ambient occlusion (" + (spec.hdr() ? "HDR" : "8-bit") + " pipeline, antialias "
                + spec.renderOrDefault().antialiasOrDefault().specName() + "), render per frame");
    }
}
