package mirage.cli.run;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import mirage.assets.AssetLibrary;
import mirage.cli.labels.FrameLabeler;
import mirage.cli.labels.SceneProvenance;
import mirage.core.error.MirageException;
import mirage.renderer.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.renderer.RendererInfo;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;

/**
 * A dataset run: checks every input before writing anything, then renders frames on this thread (the GL thread)
 * and hands each to a small pool that labels, encodes and writes its files. A semaphore bounds the frames in
 * flight, so memory stays flat whatever the frame count. A frame is done when its record (written last) is in
 * place; a rerun into the folder skips done frames. The dataset-wide files are assembled from the frame records
 * at the end, so an interrupted and resumed run ends with the same files as an uninterrupted one.
 */
public final class Generator {
    /** How to run; none of it changes the dataset's content. */
    public record Options(Path out, boolean overwrite, boolean resume, GlDevice device, int workers, int pngLevel,
                          boolean progress, IntConsumer framesWritten) {
        /** @param framesWritten told the running count of frames this run has written (from worker threads) */
        public Options {
            framesWritten = framesWritten != null ? framesWritten : n -> { };
            if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
            if (pngLevel < 0 || pngLevel > 9) throw new IllegalArgumentException("png level must be 0..9");
        }

        /** One encoder fewer than the cores, since the GL thread (and llvmpipe) needs one. */
        public static int defaultWorkers() {
            return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
    }

    /** What a run reports; {@code complete} is false when it was stopped by a signal. */
    public record Summary(Path out, int frames, int rendered, int resumedFrom, long annotations, double seconds,
                          RendererInfo renderer, boolean complete) {
        public double framesPerSecond() {
            return seconds > 0 ? rendered / seconds : 0;
        }
    }

    private Generator() {}

    /** @param assets the run's asset library (its allowed folders confine what models may read) */
    public static Summary run(SceneSpec spec, AssetLibrary assets, Options options) {
        InputCheck.importAll(spec, assets);              // every asset and image, before any output exists
        SceneSampler sampler = new SceneSampler(spec, path -> assets.model(path).bounds());
        try (Renderer renderer = Renderer.open(options.device()); StopSignal stop = new StopSignal()) {
            OutputDir out = OutputDir.open(options.out(), RunFile.specHash(spec), spec.frames(), options.overwrite(),
                    options.resume());
            FrameLabeler labeler = new FrameLabeler(spec.labels(), assets, new SceneProvenance(spec.baseDir()));
            List<Integer> todo = new ArrayList<>();
            for (int i = 0; i < spec.frames(); i++) if (!out.frameDone(i)) todo.add(i);
            long start = System.nanoTime();
            int rendered = renderAll(spec, options, todo, assets, sampler, renderer, out, labeler, stop);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean complete = rendered == todo.size();
            DatasetFiles.Counts counts = new DatasetFiles(out).write(spec, renderer.info(), complete);
            return new Summary(out.root(), spec.frames(), rendered, spec.frames() - todo.size(), counts.annotations(),
                    seconds, renderer.info(), complete);
        }
    }

    /** Renders the frames in {@code todo} (stopping early on a signal); returns how many were written. */
    private static int renderAll(SceneSpec spec, Options options, List<Integer> todo, AssetLibrary assets,
                                 SceneSampler sampler, Renderer renderer, OutputDir out, FrameLabeler labeler,
                                 StopSignal stop) {
        List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<FrameWriter> writer = ThreadLocal.withInitial(() -> {
            FrameWriter w = new FrameWriter(out, labeler, spec.outputs(), options.pngLevel());
            writers.add(w);
            return w;
        });
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "mirage-writer");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * options.workers());
        ArrayDeque<Future<?>> pending = new ArrayDeque<>();   // only frames in flight: memory stays flat
        AtomicInteger written = new AtomicInteger();
        int submitted = 0;
        try (Progress progress = new Progress("render", spec.frames(), spec.frames() - todo.size(), options.progress())) {
            for (int i : todo) {
                if (stop.requested()) break;
                Scene scene = sampler.sample(i);
                RenderedFrame frame = render(renderer, scene, assets);
                acquire(inFlight);
                pending.add(pool.submit(() -> {
                    try {
                        writer.get().write(scene, frame);
                        options.framesWritten().accept(written.incrementAndGet());
                    } finally {
                        inFlight.release();
                        progress.step();
                    }
                }));
                submitted++;
                while (!pending.isEmpty() && pending.peek().isDone()) get(pending.poll());   // fails fast on a bad write
            }
            while (!pending.isEmpty()) get(pending.poll());
            return submitted;
        } finally {
            pool.shutdownNow();
            writers.forEach(FrameWriter::close);
        }
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
