package mirage.cli.bench;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.cli.run.MapSuns;
import mirage.core.frame.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;

/**
 * Render times of variants of the same frames, taken back to back on one context, so that each variant's per-frame
 * ratio to its reference variant compares figures taken moments apart (this machine's speed drifts). Reports each
 * variant's median time and the median of its per-frame ratios.
 */
final class VariantTimes {
    private final List<String> names;
    private final int[] reference;   // the variant each is compared with; itself: no ratio
    private final List<Samples> times = new ArrayList<>();
    private final List<List<Double>> ratios = new ArrayList<>();

    /**
     * @param names     the variants, in the order their times are given
     * @param reference for each variant, the index of the one its ratio is to (its own index: none)
     */
    VariantTimes(List<String> names, int... reference) {
        if (reference.length != names.size()) throw new IllegalArgumentException(names.size() + " names, " + reference.length + " references");
        this.names = List.copyOf(names);
        this.reference = reference.clone();
        for (int v = 0; v < names.size(); v++) {
            times.add(new Samples());
            ratios.add(new ArrayList<>());
        }
    }

    /** Every variant compared with the first. */
    static VariantTimes againstFirst(List<String> names) {
        return new VariantTimes(names, new int[names.size()]);
    }

    /** One measured frame: its times in nanoseconds, in the variants' order. */
    void add(long... nanos) {
        for (int v = 0; v < nanos.length; v++) {
            times.get(v).add(nanos[v]);
            if (reference[v] != v) ratios.get(v).add((double) nanos[v] / nanos[reference[v]]);
        }
    }

    /** Prints {@code title}, then a line per variant: its median in ms and, if compared, its median ratio. */
    void print(String title) {
        System.out.println("  " + title + ", median ms (median of per-frame ratios):");
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (int v = 0; v < names.size(); v++) {
            String line = String.format("    %-" + width + "s %9.2f", names.get(v), times.get(v).medianMillis());
            if (reference[v] != v)
                line += String.format("  (%.2fx %s)", Samples.median(ratios.get(v)), names.get(reference[v]).strip());
            System.out.println(line);
        }
    }

    /** Shade + readback of one frame, nanoseconds (the render time the GL phases compare). */
    static long renderNanos(Renderer renderer, Scene scene, AssetLibrary assets) {
        RenderedFrame f = renderer.render(scene, assets);
        return f.timings().shade() + f.timings().readback();
    }

    /** The frames of {@code spec} as a run samples them (the environment maps' suns found as a run finds them). */
    static SceneSampler sampler(SceneSpec spec, AssetLibrary assets) {
        return new SceneSampler(spec, p -> assets.model(p).bounds(), 0, new MapSuns());
    }
}
