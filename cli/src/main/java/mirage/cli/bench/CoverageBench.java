package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.core.frame.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.renderer.gpu.CoverageTarget;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;

/**
 * What {@code outputs.coverage} costs on the bench scene, on one GL context: every measured frame is rendered
 * without and with the coverage image, back to back, and its time with it is divided by its time without, so the
 * ratios compare figures taken moments apart. The render time is all of the GL thread's stages
 * (shade, readback, amodal masks, truncation, and with coverage its own stage: the supersampled id draw, the
 * reduction and its readback). Encoding the PNG is the encoder threads' work and is not in it.
 */
final class CoverageBench {
    private CoverageBench() {}

    static void run(SceneSpec spec, AssetLibrary assets, Renderer renderer, int warmup, int frames) {
        SceneSampler sampler = VariantTimes.sampler(spec, assets);
        Samples off = new Samples(), on = new Samples(), stage = new Samples();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            long without = renderer.render(scene, assets, false).timings().total();
            RenderedFrame f = renderer.render(scene, assets, true);
            if (i < warmup) continue;
            off.add(without);
            on.add(f.timings().total());
            stage.add(f.timings().coverage());
            ratios.add((double) f.timings().total() / without);
        }
        System.out.printf("  coverage (%dx%d sub-samples a pixel), GL thread per frame, median ms: off %.2f, on %.2f "
                        + "(%.2fx, median of per-frame ratios); the coverage stage alone %.2f%n", CoverageTarget.GRID,
                CoverageTarget.GRID, off.medianMillis(), on.medianMillis(), Samples.median(ratios), stage.medianMillis());
    }
}
