package mirage.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import mirage.assets.AssetLibrary;
import mirage.assets.HdrFiles;
import mirage.cli.run.Generator;
import mirage.cli.run.RenderContexts;
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

    /**
     * Runs {@code rounds} rounds. Each round runs the GL phases named in {@code phases} ({@code environment} with
     * {@code maps}, {@code antialias}, {@code soft_shadows}, {@code coverage}: each renders the same frames in its
     * variants back to back on one context and prints ratios), then the stages alone ({@code stages}) and the
     * pipeline ({@code e2e}), back to back, so each round's efficiency compares figures taken close together; with
     * several rounds the median efficiency is printed too (this machine's speed drifts between runs).
     */
    public void run(Set<String> phases, List<Path> maps, int rounds, boolean deleteScratch) throws Exception {
        InputCheck.importAll(spec, assets);
        System.out.printf("mirage bench: %s, %dx%d, outputs %s, %d warm-up + %d measured frames, %d worker(s), %d cores%n",
                spec.sourceFile().getFileName(), spec.image().width(), spec.image().height(), outputs(), warmup, frames,
                workers, Runtime.getRuntime().availableProcessors());
        System.out.printf("  resident memory at start: %.0f MiB%n", Rss.mib());
        List<Double> efficiencies = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) System.out.printf("round %d of %d: two threads run %.2fx one thread's work now (2.00: two free cores)%n",
                    round, rounds, CpuProbe.parallelSpeedup());
            if (phases.contains("environment")) environment(maps);
            if (phases.contains("antialias")) antialias();
            if (phases.contains("soft_shadows")) softShadows();
            if (phases.contains("coverage")) coverage();
            if (phases.contains("ao")) ambientOcclusion();
            StageBench.Result alone = phases.contains("stages") ? stages() : null;
            if (phases.contains("e2e")) {
                Double efficiency = endToEnd(alone, round == 1);
                if (efficiency != null) efficiencies.add(efficiency);
            }
        }
        if (efficiencies.size() > 1) {
            List<Double> sorted = efficiencies.stream().sorted().toList();
            int n = sorted.size();
            System.out.printf("pipeline efficiency over %d rounds: median %.2f (min %.2f, max %.2f)%n", n,
                    Samples.median(sorted), sorted.get(0), sorted.get(n - 1));
        }
        if (deleteScratch) StageBench.deleteTree(scratch);
    }

    private void environment(List<Path> maps) {
        for (Path m : maps) HdrFiles.check(m);
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            EnvironmentBench.run(spec, assets, gl.first(), Math.min(warmup, 5), frames, maps);
        }
    }

    private void antialias() {
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            AntialiasBench.run(spec, assets, gl.first(), Math.min(warmup, 5), frames);
        }
    }

    private void softShadows() {
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            SoftShadowBench.run(spec, assets, gl.first(), Math.min(warmup, 5), frames);
        }
    }

    private void coverage() {
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            gl.first().checkCoverage(spec.image().width(), spec.image().height());
            CoverageBench.run(spec, assets, gl.first(), Math.min(warmup, 5), frames);
        }
    }

    private void ambientOcclusion() {
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            AmbientOcclusionBench.run(spec, assets, gl.first(), Math.min(warmup, 5), frames);
        }
    }

    private StageBench.Result stages() throws Exception {
        StageBench.Result alone;
        try (RenderContexts gl = RenderContexts.open(device, 1)) {
            Renderer renderer = gl.first();
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
        return alone;
    }

    /**
     * Runs the pipeline; returns its efficiency against {@code alone}, or null without stage figures. Resident
     * memory is reported for the first round only: later rounds run in a heap grown by the earlier ones.
     */
    private Double endToEnd(StageBench.Result alone, boolean reportMemory) throws IOException {
        Path out = scratch.resolve("e2e");
        if (Files.exists(out)) StageBench.deleteTree(out);   // a finished run of the same spec would only be resumed
        AtomicLong warm = new AtomicLong(), last = new AtomicLong();
        double[] rss = new double[2];
        Generator.Options options = new Generator.Options(out, true, false, device, workers, 1, false,
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
        if (reportMemory)
            System.out.printf("  resident memory: %.0f MiB after warm-up, %.0f MiB after the last frame (%+.1f%%)%n",
                    rss[0], rss[1], 100 * (rss[1] - rss[0]) / rss[0]);
        if (alone == null) return null;
        double slowest = Math.min(alone.renderFps(), alone.workersFps());
        System.out.printf("  pipeline efficiency: %.2f (end to end / slowest stage alone, %.1f frames/s); "
                + "end to end is %.2f of the raw-write floor%n", fps / slowest, slowest, fps / alone.rawWriteFps());
        return fps / slowest;
    }

    private String outputs() {
        return "rgb, masks" + (spec.outputs().depth() ? ", depth" : "") + (spec.outputs().normals() ? ", normals" : "")
                + (spec.outputs().coverageOrDefault() ? ", coverage" : "") + ", records, coco";
    }
}
