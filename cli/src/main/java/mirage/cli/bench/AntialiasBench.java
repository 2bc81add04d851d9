package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.renderer.RenderException;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.cli.run.MapSuns;
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
        SceneSampler sampler = new SceneSampler(spec, p -> assets.model(p).bounds(), 0, new MapSuns());
        Antialias[] modes = Antialias.values();
        List<Antialias> supported = new ArrayList<>();
        Scene first = sampler.sample(0);
        for (Antialias mode : modes) {
            try {
                renderer.render(first.withAntialias(mode), assets);
                supported.add(mode);
            } catch (RenderException e) {
                System.out.println("    " + mode.specName() + ": not measured: " + e.getMessage());
            }
        }
        Samples[] times = new Samples[supported.size()];
        List<List<Double>> ratios = new ArrayList<>();
        for (int m = 0; m < times.length; m++) {
            times[m] = new Samples();
            ratios.add(new ArrayList<>());
        }
        for (int i = 0; i < warmup + frames; i++) {
            Scene scene = sampler.sample(i);
            long[] t = new long[times.length];
            for (int m = 0; m < t.length; m++) t[m] = EnvironmentBench.time(renderer, scene.withAntialias(supported.get(m)), assets);
            if (i < warmup) continue;
            for (int m = 0; m < t.length; m++) {
                times[m].add(t[m]);
                ratios.get(m).add((double) t[m] / t[0]);
            }
        }
        System.out.printf("  anti-aliasing (%s pipeline), render per frame, median ms (median of per-frame ratios to off):%n",
                spec.hdr() ? "HDR" : "8-bit");
        for (int m = 0; m < times.length; m++)
            System.out.printf("    %-6s %8.2f  (%.2fx)%n", supported.get(m).specName(), times[m].medianMillis(),
                    Samples.median(ratios.get(m)));
    }
}
