package mirage.cli.run;

import java.util.ArrayList;
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
import mirage.assets.AssetLibrary;
import mirage.cli.labels.FrameLabeler;
import mirage.core.error.MirageException;
import mirage.renderer.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SplitPlan;
/**
 * The frame pipeline of one run: GL threads render frames and a bounded pool of encoder threads labels, encodes and
 * writes them. A semaphore bounds the frames in flight, so memory stays flat whatever the frame count; only the
 * futures of frames in flight are kept.
 */
final class FramePipeline {
    /** A split's sampler and labeller (one unnamed split without splits). */
    record SplitRun(SplitPlan.Part part, SceneSampler sampler, FrameLabeler labeler) {}

    private final List<SplitRun> runs;
    private final Generator.Options options;
    private final AssetLibrary assets;
    private final OutputDir out;
    private final StopSignal stop;

    FramePipeline(List<SplitRun> runs, Generator.Options options, AssetLibrary assets, OutputDir out, StopSignal stop) {
        this.runs = List.copyOf(runs);
        this.options = options;
        this.assets = assets;
        this.out = out;
        this.stop = stop;
    }

    /**
     * Renders the frames in {@code toRender} (stopping early on a signal); returns how many were written. The calling
     * thread renders with {@code renderer} (its GL thread); each further context renders on a thread of its own, taking the next
     * frame from the same list, so several GPUs share the run. Files do not depend on which context drew a frame.
     */
    int render(List<Integer> toRender, int alreadyDone, Renderer renderer) {
        List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<FrameWriter> writer = ThreadLocal.withInitial(() -> {
            FrameWriter w = new FrameWriter(out, options.pngLevel());
            writers.add(w);
            return w;
        });
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "mirage-writer");
            t.setDaemon(true);
            return t;
        });
        int contexts = options.contextCount();
        EncoderPriority priority = new EncoderPriority(contexts, options.workers());
        Semaphore inFlight = new Semaphore(2 * options.workers() + contexts - 1);
        Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();   // only frames in flight: memory stays flat
        AtomicInteger next = new AtomicInteger(), submitted = new AtomicInteger(), written = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (Progress progress = new Progress("render", toRender.size() + alreadyDone, alreadyDone, options.progress())) {
            Consumer<Renderer> loop = r -> {
                for (int n; !stop.requested() && failure.get() == null && (n = next.getAndIncrement()) < toRender.size(); ) {
                    int i = toRender.get(n);
                    SplitRun run = runFor(i);
                    FrameSample sample = run.sampler().sampleWithReport(i);   // a placement failure names its frame
                    long t0 = System.nanoTime();
                    RenderedFrame frame = render(r, sample.scene(), assets);
                    priority.rendered(System.nanoTime() - t0);
                    acquire(inFlight);
                    pending.add(pool.submit(() -> {
                        try {
                            priority.applyToCurrentThread();   // the GL thread first when it sets the pace
                            long t1 = System.nanoTime();
                            writer.get().write(sample, frame, run.labeler(), run.part().spec().outputs());
                            priority.encoded(System.nanoTime() - t1);
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

    private SplitRun runFor(int frame) {
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
