package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.renderer.RenderException;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.RenderSpec.Antialias;
import mirage.scenes.spec.SceneSpec;

/**
 * What each {@code render.antialias} mode costs on the bench scene, on one GL context: every measured frame is
 * rendered once per mode, back to back (as sampled otherwise, so with the spec's own pipeline), and each mode's time
 * is compared with {@code off} on the same frame, so the ratios compare figures taken moments apart. The render
 * time is shade + readback of the colour, ids, depth and normals. Modes the driver lacks (msaa8 on llvmpipe) are
 * reported and skipped.
 */
final class AntialiasBench {
    private AntialiasBench() {}

    static void run(SceneSpec spec, AssetLibrary assets, Renderer renderer, int warmup, int frames) {
        SceneSampler sampler = VariantTimes.sampler(spec, assets);
        List<Antialias> supported = new ArrayList<>();
        Scene first = sampler.sample(0);
        for (Antialias mode : Antialias.values()) {
            try {
                renderer.render(first.withAntialias(mode), assets);
                supported.add(mode);
            } catch (RenderException e) {
                System.out.println("    " + mode.specName() + ": not measured: " + e.getMessage());
            }
        }
        VariantTimes times = VariantTimes.againstFirst(supported.stream().map(Antialias::specName).toList());
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            long[] t = new long[supported.size()];
            for (int m = 0; m < t.length; m++) t[m] = VariantTimes.renderNanos(renderer, scene.withAntialias(supported.get(m)), assets);
            if (i >= warmup) times.add(t);
        }
        times.print("anti-aliasing (" + (spec.hdr() ? "HDR" : "8-bit") + " pipeline), render per frame");
    }
}
