package mirage.cli.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mirage.assets.AssetLibrary;
import mirage.labelling.FrameLabeler;
import mirage.core.error.MirageException;
import mirage.dataset.DatasetFolder;
import mirage.core.frame.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SplitPlan;

/**
 * The frame pipeline of one run: every GL context ({@link RenderContexts}) takes the next frame of the list,
 * samples and renders it, and hands it to the {@link EncoderStage}, whose threads label, encode and write it. The
 * stage bounds the frames in flight, so memory stays flat whatever the frame count.
 */
final class FramePipeline {
    /** A split's sampler and labeller (one unnamed split without splits). */
    record SplitRun(SplitPlan.Part part, SceneSampler sampler, FrameLabeler labeler) {}

    private final List<SplitRun> runs;
    private final Generator.Options options;
    private final AssetLibrary assets;
    private final DatasetFolder out;
    private final StopSignal stop;

    FramePipeline(List<SplitRun> runs, Generator.Options options, AssetLibrary assets, DatasetFolder out, StopSignal stop) {
        this.runs = List.copyOf(runs);
        this.options = options;
        this.assets = assets;
        this.out = out;
        this.stop = stop;
    }

    /**
     * Renders the frames in {@code toRender} (stopping early on a signal or a failure) and returns how many were
     * written. Files do not depend on which context drew a frame.
     */
    int render(int[] toRender, int alreadyDone, RenderContexts contexts) {
        List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<FrameWriter> writer = ThreadLocal.withInitial(() -> {
            FrameWriter w = new FrameWriter(out, options.pngLevel());
            writers.add(w);
            return w;
        });
        EncoderPriority priority = new EncoderPriority(contexts.count(), options.workers());
        AtomicInteger next = new AtomicInteger(), submitted = new AtomicInteger(), written = new AtomicInteger();
        try (Progress progress = new Progress("render", toRender.length + alreadyDone, alreadyDone, options.progress());
             EncoderStage encoders = new EncoderStage(options.workers(), 2 * options.workers() + contexts.count() - 1)) {
            RuntimeException failure = null;
            try {
                contexts.run(renderer -> {
                    for (int n; !stop.requested() && !contexts.failing() && (n = next.getAndIncrement()) < toRender.length; ) {
                        int i = toRender[n];
                        SplitRun run = runFor(i);
                        FrameSample sample = run.sampler().sampleWithReport(i);   // a placement failure names its frame
                        long t0 = System.nanoTime();
                        RenderedFrame frame = render(renderer, sample.scene());
                        priority.rendered(System.nanoTime() - t0);
                        encoders.submit(() -> {
                            try {
                                priority.applyToCurrentThread();   // the GL thread first when it sets the pace
                                long t1 = System.nanoTime();
                                writer.get().write(sample, frame, run.labeler(), run.part().spec().outputs());
                                priority.encoded(System.nanoTime() - t1);
                                options.framesWritten().accept(written.incrementAndGet());
                            } finally {
                                progress.step();
                            }
                        });
                        submitted.incrementAndGet();
                    }
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                encoders.finish();   // the frames in flight are written even when the run stops
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
            if (failure != null) throw failure;
            return submitted.get();
        } finally {
            writers.forEach(FrameWriter::close);
        }
    }

    private SplitRun runFor(int frame) {
        for (SplitRun r : runs) if (r.part().contains(frame)) return r;
        throw new IllegalArgumentException("frame " + frame + " is in no split");
    }

    private RenderedFrame render(Renderer renderer, Scene scene) {
        try {
            return renderer.render(scene, assets);
        } catch (MirageException e) {
            throw new MirageException("frame " + scene.frameIndex() + ": " + e.getMessage(), e);
        }
    }
}
