package mirage.cli.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mirage.assets.AssetLibrary;
import mirage.core.error.MirageException;
import mirage.core.frame.RenderedFrame;
import mirage.dataset.DatasetFolder;
import mirage.labelling.FrameLabeler;
import mirage.physics.SceneSettler;
import mirage.renderer.Renderer;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SplitPlan;

/**
 * The frame pipeline of one run: every GL context ({@link RenderContexts}) takes the next frame of the list,
 * samples it (or, when the spec settles frames, takes it from {@link SampleAhead}, which samples and settles ahead
 * on threads of its own), renders it, and hands it to the {@link EncoderStage}, whose threads label, encode and
 * write it ({@link FrameWriter}). The stage bounds the frames in flight, so memory stays flat whatever the frame count.
 * One instance per run.
 */
final class FramePipeline {
    /** A split's sampler, settler (null without {@code placement.physics}) and labeller (one unnamed split without splits). */
    record SplitRun(SplitPlan.Part part, SceneSampler sampler, SceneSettler settler, FrameLabeler labeler) {}

    private final List<SplitRun> runs;
    private final Generator.Options options;
    private final AssetLibrary assets;
    private final StopSignal stop;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<FrameWriter> writer;

    FramePipeline(List<SplitRun> runs, Generator.Options options, AssetLibrary assets, DatasetFolder out, StopSignal stop) {
        this.runs = List.copyOf(runs);
        this.options = options;
        this.assets = assets;
        this.stop = stop;
        this.writer = ThreadLocal.withInitial(() -> {   // one per encoder thread: it owns a PNG encoder
            FrameWriter w = new FrameWriter(out, options.pngLevel());
            writers.add(w);
            return w;
        });
    }

    /**
     * Renders the frames in {@code toRender} (stopping early on a signal or a failure) with the encoder threads and
     * frames in flight of {@code budget}, and returns how many were written. Files do not depend on which context drew a frame. Frames in flight are written even when the run
     * stops; then the first failure, if any, is thrown.
     */
    int render(int[] toRender, int alreadyDone, RenderContexts contexts, FrameBudget budget) {
        EncoderPriority priority = new EncoderPriority(contexts.count(), budget.workers());
        try (Progress progress = new Progress("render", toRender.length + alreadyDone, alreadyDone, options.progress());
             EncoderStage encoders = new EncoderStage(budget.workers(), budget.slots());
             SampleAhead ahead = settles() ? new SampleAhead(toRender, this::sample, budget.workers()) : null) {
            RuntimeException failure = null;
            try {
                contexts.run(renderer -> renderFrames(renderer, toRender, ahead, contexts, encoders, priority, progress));
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                encoders.finish();
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
            if (failure != null) throw failure;
            return submitted.get();
        } finally {
            writers.forEach(FrameWriter::close);
        }
    }

    /** One context's loop: takes the next frame until none is left, the run stops or another context failed. */
    private void renderFrames(Renderer renderer, int[] toRender, SampleAhead ahead, RenderContexts contexts,
                              EncoderStage encoders, EncoderPriority priority, Progress progress) {
        for (int n; !stop.requested() && !contexts.failing() && (n = next.getAndIncrement()) < toRender.length; ) {
            int i = toRender[n];
            SplitRun run = runFor(i);
            FrameSample sample = ahead != null ? ahead.take(n) : sample(i);
            long t0 = System.nanoTime();
            RenderedFrame frame = render(renderer, sample, run.part().spec().outputs().coverageOrDefault());
            priority.rendered(System.nanoTime() - t0);
            encoders.submit(() -> write(run, sample, frame, priority, progress));
            submitted.incrementAndGet();
        }
    }

    /** An encoder thread's job: the frame's labels and files. */
    private void write(SplitRun run, FrameSample sample, RenderedFrame frame, EncoderPriority priority, Progress progress) {
        try {
            priority.applyToCurrentThread();   // the GL thread first when it sets the pace
            long t0 = System.nanoTime();
            writer.get().write(sample, frame, run.labeler(), run.part().spec().outputs());
            priority.encoded(System.nanoTime() - t0);
            options.framesWritten().accept(written.incrementAndGet());
        } finally {
            progress.step();
        }
    }

    /** Frame i sampled (a placement failure names its frame) and, where its spec asks, settled. */
    private FrameSample sample(int i) {
        SplitRun run = runFor(i);
        FrameSample sampled = run.sampler().sampleWithReport(i);
        return sampled.needsSettling() ? run.settler().settle(sampled) : sampled;
    }

    /** Whether any split settles its frames (then frames are sampled ahead, off the GL threads: {@link SampleAhead}). */
    private boolean settles() {
        return runs.stream().anyMatch(r -> r.settler() != null);
    }

    private SplitRun runFor(int frame) {
        for (SplitRun r : runs) if (r.part().contains(frame)) return r;
        throw new IllegalArgumentException("frame " + frame + " is in no split");
    }

    /** @param coverage whether the split writes coverage images (the renderer then draws one) */
    private RenderedFrame render(Renderer renderer, FrameSample sample, boolean coverage) {
        try {
            return renderer.render(sample.scene(), assets, coverage);
        } catch (MirageException e) {
            throw new MirageException("frame " + sample.scene().frameIndex() + ": " + e.getMessage(), e);
        }
    }
}
