package mirage.cli.bench;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import mirage.assets.AssetLibrary;
import mirage.cli.run.Generator;
import mirage.cli.run.InputCheck;
import mirage.renderer.Renderer;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.SceneSpec;

/**
 * The bench: each stage alone (see {@link StageBench}), then the real pipeline ({@link Generator}) on the same
 * frames, timed from the end of the warm-up to the last frame written; reports frames/s, per-stage medians, the
 * raw-write floor, pipeline efficiency (end-to-end / slowest stage alone) and resident memory.
 */
public final class Bench {
    private final SceneSpec spec;
    private final AssetLibrary assets;
    private final GlDevice device;
    private final int workers;
    private final int warmup;
    private final int frames;
    private final Path scratch;

    public Bench(SceneSpec spec, AssetLibrary assets, GlDevice device, int workers, int warmup, int frames, Path scratch) {
        this.spec = spec;
        this.assets = assets;
        this.device = device;
        this.workers = workers;
        this.warmup = warmup;
        this.frames = frames;
        this.scratch = scratch;
    }

    public void run(boolean stages, boolean e2e, boolean deleteScratch) throws Exception {
        InputCheck.importAll(spec, assets);
        System.out.printf("mirage bench: %s, %dx%d, outputs %s, %d warm-up + %d measured frames, %d worker(s), %d cores%n",
                spec.sourceFile().getFileName(), spec.image().width(), spec.image().height(), outputs(), warmup, frames,
                workers, Runtime.getRuntime().availableProcessors());
        System.out.printf("  resident memory at start: %.0f MiB%n", Rss.mib());
        StageBench.Result alone = null;
        if (stages) {
            try (Renderer renderer = Renderer.open(device)) {
                System.out.printf("  renderer: %s (%s)%n", renderer.info().glRenderer(), renderer.info().device());
                alone = new StageBench(spec, assets, renderer, workers).run(warmup, frames, scratch.resolve("stages"));
            }
            System.out.println("  stage medians per frame (ms):");
            for (String[] m : alone.stageMedians()) System.out.printf("    %-11s %9s%n", m[0], m[1]);
            System.out.printf("  alone: render %.1f frames/s; labels+encode+write on %d worker(s) %.1f frames/s; "
                    + "raw write of the same pixels %.1f frames/s%n", alone.renderFps(), workers, alone.workersFps(),
                    alone.rawWriteFps());
            System.out.printf("  labels beyond the visible mask (amodal + truncation + labels) / RGB render (shade + "
                    + "readback): %.2f%n", alone.labelsToRgb());
        }
        if (e2e) endToEnd(alone);
        if (deleteScratch) StageBench.deleteTree(scratch);
    }

    private void endToEnd(StageBench.Result alone) {
        AtomicLong warm = new AtomicLong(), last = new AtomicLong();
        double[] rss = new double[2];
        Generator.Options options = new Generator.Options(scratch.resolve("e2e"), true, false, device, workers, 1, false,
                n -> {
                    if (n == warmup) {
                        warm.set(System.nanoTime());
                        rss[0] = Rss.mib();
                    }
                    if (n == warmup + frames) {
                        last.set(System.nanoTime());
                        rss[1] = Rss.mib();
                    }
                });
        Generator.Summary s = Generator.run(spec, assets, options);
        double fps = frames / ((last.get() - (warmup > 0 ? warm.get() : last.get() - (long) (s.seconds() * 1e9))) / 1e9);
        System.out.printf("  end to end: %.1f frames/s on %s (all outputs written, in parallel)%n", fps, s.renderer().glRenderer());
        System.out.printf("  resident memory: %.0f MiB after warm-up, %.0f MiB after the last frame (%+.1f%%)%n",
                rss[0], rss[1], 100 * (rss[1] - rss[0]) / rss[0]);
        if (alone != null) {
            double slowest = Math.min(alone.renderFps(), alone.workersFps());
            System.out.printf("  pipeline efficiency: %.2f (end to end / slowest stage alone, %.1f frames/s); "
                    + "end to end is %.2f of the raw-write floor%n", fps / slowest, slowest, fps / alone.rawWriteFps());
        }
    }

    private String outputs() {
        return "rgb, masks" + (spec.outputs().depth() ? ", depth" : "") + (spec.outputs().normals() ? ", normals" : "")
                + ", records, coco";
    }
}
