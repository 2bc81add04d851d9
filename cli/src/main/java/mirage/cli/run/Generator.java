package mirage.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import mirage.assets.AssetLibrary;
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
 * and hands each to a small pool that encodes and writes its files. A semaphore bounds the frames in flight, so
 * memory stays flat whatever the frame count. Per-frame files do not depend on order or thread count; the
 * dataset-wide files (COCO, dataset.json) are assembled at the end and written atomically.
 */
public final class Generator {
    /** How to run; none of it changes the dataset's content. */
    public record Options(Path out, boolean overwrite, GlDevice device, int workers, int pngLevel, boolean progress) {
        public Options {
            if (workers < 1) throw new IllegalArgumentException("workers must be >= 1");
            if (pngLevel < 0 || pngLevel > 9) throw new IllegalArgumentException("png level must be 0..9");
        }

        /** One encoder fewer than the cores, since the GL thread (and llvmpipe) needs one. */
        public static int defaultWorkers() {
            return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
    }

    /** What a finished run reports. */
    public record Summary(Path out, int frames, long annotations, long instances, double seconds, RendererInfo renderer) {
        public double framesPerSecond() {
            return seconds > 0 ? frames / seconds : 0;
        }
    }

    static final ObjectWriter JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();

    private Generator() {}

    public static Summary run(SceneSpec spec, Options options) {
        AssetLibrary assets = new AssetLibrary();
        InputCheck.importAll(spec, assets);              // every asset and image, before any output exists
        SceneSampler sampler = new SceneSampler(spec, path -> assets.model(path).bounds());
        long start = System.nanoTime();
        try (Renderer renderer = Renderer.open(options.device())) {
            OutputDir out = OutputDir.create(options.out(), options.overwrite());
            List<FrameWriter.FrameLabels> labels = renderAll(spec, options, assets, sampler, renderer, out);
            DatasetFiles files = new DatasetFiles(out, JSON);
            files.writeCoco(spec, labels);
            files.writeManifest(spec, renderer.info(), labels);
            double seconds = (System.nanoTime() - start) / 1e9;
            long annotations = labels.stream().mapToLong(l -> l.annotations().size()).sum();
            long instances = labels.stream().mapToLong(FrameWriter.FrameLabels::instances).sum();
            return new Summary(out.root(), labels.size(), annotations, instances, seconds, renderer.info());
        }
    }

    private static List<FrameWriter.FrameLabels> renderAll(SceneSpec spec, Options options, AssetLibrary assets,
                                                           SceneSampler sampler, Renderer renderer, OutputDir out) {
        int frames = spec.frames();
        FrameJson frameJson = new FrameJson(spec.baseDir());
        List<FrameWriter> writers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<FrameWriter> writer = ThreadLocal.withInitial(() -> {
            FrameWriter w = new FrameWriter(out, frameJson, JSON, options.pngLevel());
            writers.add(w);
            return w;
        });
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "mirage-writer");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * options.workers());
        List<Future<FrameWriter.FrameLabels>> futures = new ArrayList<>(frames);
        try (Progress progress = new Progress("render", frames, options.progress())) {
            for (int i = 0; i < frames; i++) {
                Scene scene = sampler.sample(i);
                RenderedFrame frame = render(renderer, scene, assets);
                acquire(inFlight);
                futures.add(pool.submit(() -> {
                    try {
                        return writer.get().write(scene, frame);
                    } finally {
                        inFlight.release();
                        progress.step();
                    }
                }));
                failFast(futures);
            }
            return collect(futures);
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

    /** Stops the run at the first failed write instead of rendering on. */
    private static void failFast(List<Future<FrameWriter.FrameLabels>> futures) {
        for (int k = futures.size() - 1; k >= Math.max(0, futures.size() - 8); k--)
            if (futures.get(k).isDone()) get(futures.get(k));
    }

    private static List<FrameWriter.FrameLabels> collect(List<Future<FrameWriter.FrameLabels>> futures) {
        List<FrameWriter.FrameLabels> out = new ArrayList<>(futures.size());
        for (Future<FrameWriter.FrameLabels> f : futures) out.add(get(f));
        return out;
    }

    private static FrameWriter.FrameLabels get(Future<FrameWriter.FrameLabels> f) {
        try {
            return f.get();
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
