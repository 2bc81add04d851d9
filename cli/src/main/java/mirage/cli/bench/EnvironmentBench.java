package mirage.cli.bench;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.renderer.Renderer;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.RenderSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * What the HDR pipeline and environment lighting cost on the bench scene, on one GL context: each map's read and
 * pre-filter (once per map), then every measured frame rendered three ways back to back (as sampled without the
 * HDR pipeline; tone mapping only; lit by an environment map drawn as the background), so the ratios compare
 * figures taken moments apart. The render time is shade + readback of the colour, ids, depth and normals.
 */
final class EnvironmentBench {
    private EnvironmentBench() {}

    static void run(SceneSpec spec, AssetLibrary assets, Renderer renderer, int warmup, int frames, List<Path> maps) {
        SceneSampler sampler = VariantTimes.sampler(spec, assets);
        System.out.println("  environment lighting (maps: " + maps.size() + "):");
        Scene first = sampler.sample(0).withHdr(null);
        for (Path map : maps) {
            long before = renderer.environmentFilterNanos();
            renderer.render(first.withHdr(lit(map)), assets);
            System.out.printf("    read + pre-filter + upload of %s: %.0f ms (once per map per run)%n", map.getFileName(),
                    (renderer.environmentFilterNanos() - before) / 1e6);
        }
        VariantTimes times = VariantTimes.againstFirst(List.of("without", "HDR + tone mapping", "+ environment light and background"));
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i).withHdr(null);
            long plain = VariantTimes.renderNanos(renderer, scene, assets);
            long tonemapped = VariantTimes.renderNanos(renderer, scene.withHdr(new HdrLook(RenderSpec.Tonemap.KHRONOS_NEUTRAL, 0, null)), assets);
            long lit = VariantTimes.renderNanos(renderer, scene.withHdr(lit(maps.get(i % maps.size()))), assets);
            if (i >= warmup) times.add(plain, tonemapped, lit);
        }
        times.print("environment lighting, render per frame");
    }

    private static HdrLook lit(Path map) {
        return new HdrLook(RenderSpec.Tonemap.KHRONOS_NEUTRAL, 0, new EnvironmentLight(map, 30, 1, true));
    }
}
