package mirage.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import mirage.assets.AssetLibrary;
import mirage.cli.labels.FrameLabeler;
import mirage.cli.labels.SceneProvenance;
import mirage.core.error.MirageException;
import mirage.renderer.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.renderer.RendererInfo;
import mirage.renderer.egl.EglContext;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SplitPlan;

/**
 * A dataset run: checks every input before writing anything, then renders frames on this thread (the GL thread)
 * and hands each to a small pool that labels, encodes and writes its files. A semaphore bounds the frames in
 * flight, so memory stays flat whatever the frame count. A frame is done when its record (written last) is in
 * place; a rerun into the folder skips done frames. The dataset-wide files are assembled from the frame records
 * at the end, so an interrupted and resumed run ends with the same files as an uninterrupted one.
 *
 * <p>With splits, each frame is sampled, labelled and written with its own split's spec (see {@link SplitPlan});
 * frame indices stay global. {@link Options#only()} renders a subset of the frames, byte-identical to the same
 * frames of a full run, since frame i depends on (seed, i) alone.
 */
public final class Generator {
    /** How to run; none of it changes the dataset's content. */
    public record Options(Path out, boolean overwrite, boolean resume, GlDevice device, int workers, int pngLevel,
                          boolean progress, IntConsumer framesWritten, FrameSelection only, int contexts) {
        /** Most GL contexts one run may open. */
        public static final int MAX_CONTEXTS = 16;

        /**
         * @param framesWritten told the running count of frames this run has written (from worker threads)
         * @param only          the frames to render (others are left as they are), or null for every frame
         * @param contexts      GL contexts rendering in parallel, each on its own thread and, with several GPUs, its
         *                      own GPU (1..16); 0 for one per GPU, or one on a machine without GPUs
         */
        public Options {
            framesWritten = framesWritten != null ? framesWritten : n -> { };
            if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
            if (pngLevel < 0 || pngLevel > 9) throw new IllegalArgumentException("png level must be 0..9");
            if (contexts < 0 || contexts > MAX_CONTEXTS) throw new IllegalArgumentException("contexts must be 0..16");
        }

        /** Every frame, one context per GPU. */
        public Options(Path out, boolean overwrite, boolean resume, GlDevice device, int workers, int pngLevel,
                       boolean progress, IntConsumer framesWritten) {
            this(out, overwrite, resume, device, workers, pngLevel, progress, framesWritten, null, 0);
        }

        /** The contexts to open: as asked, or one per GPU (at least one) for 0. */
        int contextCount() {
            if (contexts > 0) return contexts;
            return device == GlDevice.SOFTWARE ? 1 : Math.max(1, Math.min(MAX_CONTEXTS, EglContext.gpuCount()));
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
     * @param selected    the frames this run was asked for (all of them without {@code --only})
     * @param rendered    how many of those it rendered now
     * @param alreadyDone how many of those were done before it started
     * @param stopped     stopped by a signal before rendering every selected frame
     * @param complete    every frame of the run is done (what dataset.json says)
     */
    public record Summary(Path out, int frames, int selected, int rendered, int alreadyDone, long annotations,
                          double seconds, RendererInfo renderer, boolean stopped, boolean complete) {
        public double framesPerSecond() {
            return seconds > 0 ? rendered / seconds : 0;
        }
    }

    /** A split's samplers and labeller (one unnamed split without splits). */
    private record SplitRun(SplitPlan.Part part, SceneSampler sampler, FrameLabeler labeler) {}

    private Generator() {}

    /**
     * True when {@code out} holds a finished run of {@code spec} (same spec hash, dataset.json complete), so that
     * rendering it again would change nothing. Reads two small files; opens no renderer.
     */
    public static boolean alreadyComplete(Path out, SceneSpec spec) {
        return java.nio.file.Files.isDirectory(out) && RunFile.specHash(spec).equals(RunFile.recordedHash(out))
                && DatasetFiles.recordedComplete(out);
    }

    /** @param assets the run's asset library (its allowed folders confine what models may read) */
    public static Summary run(SceneSpec spec, AssetLibrary assets, Options options) {
        SplitPlan plan = SplitPlan.of(spec);
        if (options.only() != null) options.only().checkWithin(plan.frames());
        BitSet selected = options.only() != null ? options.only().frames(plan.frames()) : all(plan.frames());
        for (SplitPlan.Part part : plan.parts()) InputCheck.importAll(part.spec(), assets);   // before any output exists
        SceneProvenance provenance = new SceneProvenance(spec.baseDir());
        List<SplitRun> runs = new ArrayList<>();
        for (SplitPlan.Part part : plan.parts())
            runs.add(new SplitRun(part, new SceneSampler(part.spec(), path -> assets.model(path).bounds(), part.firstFrame()),
                    new FrameLabeler(part.spec().labels(), assets, provenance, part.name())));
        try (Renderer renderer = Renderer.open(options.device()); StopSignal stop = new StopSignal()) {
            OutputDir out = OutputDir.open(options.out(), RunFile.specHash(spec), spec.frames(), options.overwrite(),
                    options.resume());
            List<Integer> todo = new ArrayList<>();
            int missingElsewhere = 0;
            for (int i = 0; i < plan.frames(); i++) {
                boolean done = out.frameDone(i);
                if (selected.get(i) && !done) todo.add(i);
                else if (!selected.get(i) && !done) missingElsewhere++;
            }
            int alreadyDone = selected.cardinality() - todo.size();
            long start = System.nanoTime();
            int rendered = renderAll(runs, options, todo, alreadyDone, assets, renderer, out, stop);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean stopped = rendered < todo.size();
            boolean complete = !stopped && missingElsewhere == 0;
            DatasetFiles.Counts counts = new DatasetFiles(out).write(spec, plan, renderer.info(), complete);
            return new Summary(out.root(), plan.frames(), selected.cardinality(), rendered, alreadyDone,
                    counts.annotations(), seconds, renderer.info(), stopped, complete);
        }
    }

    private static BitSet all(int frames) {
        BitSet b = new BitSet(frames);
        b.set(0, frames);
        return b;
    }

    /**
     * Renders the frames in {@code todo} (stopping early on a signal); returns how many were written. The calling
     * thread renders with {@code renderer}; each further context renders on a thread of its own, taking the next
     * frame from the same list, so several GPUs share the run. Files do not depend on which context drew a frame.
     */
    private static int renderAll(List<SplitRun> runs, Options options, List<Integer> todo, int alreadyDone,
                                 AssetLibrary assets, Renderer renderer, OutputDir out, StopSignal stop) {
        List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<FrameWriter> writer = ThreadLocal.withInitial(() -> {
            FrameWriter w = new FrameWriter(out, options.pngLevel());
            writers.add(w);
            return w;
        });
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(() -> {
                ThreadNice.lowerCurrentThread(ThreadNice.ENCODER);   // the GL thread first; see ThreadNice
                r.run();
            }, "mirage-writer");
            t.setDaemon(true);
            return t;
        });
        int contexts = options.contextCount();
        Semaphore inFlight = new Semaphore(2 * options.workers() + contexts - 1);
        Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();   // only frames in flight: memory stays flat
        AtomicInteger next = new AtomicInteger(), submitted = new AtomicInteger(), written = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (Progress progress = new Progress("render", todo.size() + alreadyDone, alreadyDone, options.progress())) {
            Consumer<Renderer> loop = r -> {
                for (int n; !stop.requested() && failure.get() == null && (n = next.getAndIncrement()) < todo.size(); ) {
                    int i = todo.get(n);
                    SplitRun run = runFor(runs, i);
                    FrameSample sample = run.sampler().sampleWithReport(i);   // a placement failure names its frame
                    RenderedFrame frame = render(r, sample.scene(), assets);
                    acquire(inFlight);
                    pending.add(pool.submit(() -> {
                        try {
                            writer.get().write(sample, frame, run.labeler(), run.part().spec().outputs());
                            options.framesWritten().accept(written.incrementAndGet());
                        } finally {
                            inFlight.release();
                            progress.step();
                        }
                    }));
                    submitted.incrementAndGet();
                    for (Future<?> f; (f = pending.peek()) != null && f.isDone(); )   // fails fast on a bad write
                        if (pending.remove(f)) get(f);
                }
            };
            List<Thread> others = new ArrayList<>();
            for (int k = 1; k < contexts; k++) {
                int gpu = k;
                Thread t = new Thread(() -> {
                    try (Renderer own = Renderer.open(options.device(), gpu)) {
                        loop.accept(own);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }, "mirage-gl-" + k);
                t.setDaemon(true);
                t.start();
                others.add(t);
            }
            try {
                loop.accept(renderer);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
            for (Thread t : others) join(t);
            for (Future<?> f; (f = pending.poll()) != null; ) {
                try {
                    get(f);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
            if (failure.get() != null) throw failure.get();
            return submitted.get();
        } finally {
            pool.shutdownNow();
            writers.forEach(FrameWriter::close);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        }
    }

    private static SplitRun runFor(List<SplitRun> runs, int frame) {
        for (SplitRun r : runs) if (r.part().contains(frame)) return r;
        throw new IllegalArgumentException("frame " + frame + " is in no split");
    }

    private static RenderedFrame render(Renderer renderer, Scene scene, AssetLibrary assets) {
        try {
            return renderer.render(scene, assets);
        } catch (MirageException e) {
            throw new MirageException("frame " + scene.frameIndex() + ": " + e.getMessage(), e);
        }
    }

    private static void acquire(Semaphore s) {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        }
    }

    private static void get(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new MirageException("writing a frame failed: " + c, c);
        }
    }
}
