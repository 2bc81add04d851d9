package mirage.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import mirage.assets.AssetLibrary;
import mirage.physics.ShapeLibrary;
import mirage.labelling.FrameLabeler;
import mirage.labelling.SceneProvenance;
import mirage.cli.Version;
import mirage.dataset.DatasetAssembly;
import mirage.dataset.DatasetFolder;
import mirage.dataset.DatasetManifest;
import mirage.dataset.FrameSelection;
import mirage.dataset.RunFile;
import mirage.dataset.RunRecord;
import mirage.dataset.Shard;
import mirage.dataset.RunManifest;
import mirage.dataset.output.FrameOutputs;
import mirage.renderer.RendererInfo;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SplitPlan;

/**
 * A dataset run: checks every input before writing anything, then renders frames on this thread (the GL thread,
 * with more GL threads for more contexts) and hands each to a small pool that labels, encodes and writes its files
 * (see {@link FramePipeline}). A frame is done when its record (written last) is in place; a rerun into the
 * folder skips done frames. The dataset-wide files are assembled from the frame records at the end
 * ({@link DatasetAssembly}), so an interrupted and resumed run ends with the same files as an uninterrupted one.
 *
 * <p>With splits, each frame is sampled, labelled and written with its own split's spec (see {@link SplitPlan});
 * frame indices stay global. {@link Options#only()} renders a subset of the frames, and {@link Options#shard()}
 * one shard of the run into a folder of its own, byte-identical to the same frames of a full run, since frame i
 * depends on (seed, i) alone.
 */
public final class Generator {
    /** How to run; none of it changes the dataset's content. */
    public record Options(Path out, boolean overwrite, boolean resume, GlDevice device, int workers, int pngLevel,
                          boolean progress, IntConsumer framesWritten, FrameSelection only, int contexts, Shard shard) {
        /** Most GL contexts one run may open. */
        public static final int MAX_CONTEXTS = RenderContexts.MAX;

        /**
         * @param framesWritten told the running count of frames this run has written (from worker threads)
         * @param only          the frames to render (others are left as they are), or null for every frame
         * @param contexts      GL contexts rendering in parallel, each on its own thread and, with several GPUs, its
         *                      own GPU (1..16); 0 for one per GPU, or one on a machine without GPUs
         * @param shard         the shard of the run this folder is for (not with {@code only}), or null for the run
         */
        public Options {
            framesWritten = framesWritten != null ? framesWritten : n -> { };
            if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
            if (pngLevel < 0 || pngLevel > 9) throw new IllegalArgumentException("png level must be 0..9");
            if (contexts < 0 || contexts > MAX_CONTEXTS) throw new IllegalArgumentException("contexts must be 0..16");
            if (only != null && shard != null) throw new IllegalArgumentException("--only and --shard do not go together");
        }

        /** Every frame, one context per GPU. */
        public Options(Path out, boolean overwrite, boolean resume, GlDevice device, int workers, int pngLevel,
                       boolean progress, IntConsumer framesWritten) {
            this(out, overwrite, resume, device, workers, pngLevel, progress, framesWritten, null, 0, null);
        }

        /** One encoder fewer than the cores, since the GL thread (and llvmpipe) needs one. */
        public static int defaultWorkers() {
            return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
    }

    /**
     * What a run reports.
     *
     * @param frames      the run's frame count (all splits)
     * @param selected    the frames this run was asked for (all of them, or its shard's, without {@code --only})
     * @param rendered    how many of those it rendered now
     * @param alreadyDone how many of those were done before it started
     * @param stopped     stopped by a signal before rendering every selected frame
     * @param complete    every frame of the run (or of its shard) is done (what dataset.json says)
     */
    public record Summary(Path out, int frames, int selected, int rendered, int alreadyDone, long annotations,
                          double seconds, RendererInfo renderer, boolean stopped, boolean complete) {
        public double framesPerSecond() {
            return seconds > 0 ? rendered / seconds : 0;
        }
    }

    private Generator() {}

    /**
     * True when {@code out} holds a finished run of {@code spec} (same spec hash, dataset.json complete), so that
     * rendering it again would change nothing. Reads two small files; opens no renderer.
     */
    public static boolean alreadyComplete(Path out, SceneSpec spec) {
        return DatasetFolder.holdsCompleteRun(out, new RunRecord(RunFile.specHash(spec), SplitPlan.of(spec).frames(), null));
    }

    /** @param assets the run's asset library (its allowed folders confine what models may read) */
    public static Summary run(SceneSpec spec, AssetLibrary assets, Options options) {
        SplitPlan plan = SplitPlan.of(spec);
        RunRecord record = new RunRecord(RunFile.specHash(spec), plan.frames(), options.shard());
        if (options.only() != null) options.only().checkWithin(plan.frames());
        BitSet selected = options.only() != null ? options.only().frames(plan.frames())
                : range(record.firstFrame(), record.endFrame());
        for (SplitPlan.Part part : plan.parts()) InputCheck.checkApart(part.spec(), options.out());
        for (SplitPlan.Part part : plan.parts()) InputCheck.importAll(part.spec(), assets);   // before any output exists
        SceneProvenance provenance = new SceneProvenance(spec.baseDir());
        List<FramePipeline.SplitRun> runs = new ArrayList<>();
        ShapeLibrary shapes = new ShapeLibrary(ShapeCacheFolder.fromEnvironment());
        MapSuns suns = new MapSuns();
        for (SplitPlan.Part part : plan.parts())
            runs.add(new FramePipeline.SplitRun(part, new SceneSampler(part.spec(), path -> assets.model(path).bounds(), part.firstFrame(), suns),
                    CollisionShapes.settler(part.spec(), assets, shapes),
                    new FrameLabeler(part.spec().labels(), assets, provenance, part.name())));
        try (RenderContexts contexts = RenderContexts.open(options.device(), options.contexts());
             StopSignal stop = new StopSignal()) {
            for (SplitPlan.Part part : plan.parts()) {   // before any output exists, as the inputs
                contexts.first().checkAntialias(part.spec().renderOrDefault().antialiasOrDefault(), part.spec().image().width(),
                        part.spec().image().height());
                if (part.spec().outputs().coverageOrDefault())
                    contexts.first().checkCoverage(part.spec().image().width(), part.spec().image().height());
            }
            FrameBudget budget = FrameBudget.forRun(plan, options.workers(), contexts.count(), Runtime.getRuntime().maxMemory());
            try (DatasetFolder out = DatasetFolder.open(options.out(), record, options.overwrite(), options.resume(),
                    FrameOutputs.folders(plan.parts().stream().map(p -> p.spec().outputs()).toList()))) {
                BitSet missing = range(record.firstFrame(), record.endFrame());   // the folder's frames not done yet
                missing.andNot(out.framesDone(record.firstFrame(), record.endFrame(), i -> plan.partOf(i).spec().outputs()));
                int[] toRender = missing.stream().filter(selected::get).toArray();   // 4 bytes a frame, not an object
                boolean missingElsewhere = missing.stream().anyMatch(i -> !selected.get(i));
                int alreadyDone = selected.cardinality() - toRender.length;
                long start = System.nanoTime();
                int rendered = new FramePipeline(runs, options, assets, out, stop).render(toRender, alreadyDone, contexts, budget);
                double seconds = (System.nanoTime() - start) / 1e9;
                boolean stopped = rendered < toRender.length;
                boolean complete = !stopped && !missingElsewhere;
                RendererInfo gl = contexts.info();
                DatasetManifest run = RunManifest.of(spec, options.shard(), new DatasetManifest.Renderer(gl.device(),
                        gl.glVendor(), gl.glRenderer(), gl.glVersion()), Version.current());
                long annotations = DatasetAssembly.write(out, run, complete).counts().annotations();
                return new Summary(out.root(), plan.frames(), selected.cardinality(), rendered, alreadyDone, annotations,
                        seconds, gl, stopped, complete);
            }
        }
    }

    private static BitSet range(int first, int end) {
        BitSet b = new BitSet(end);
        b.set(first, end);
        return b;
    }
}
