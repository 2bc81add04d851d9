package mirage.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mirage.annotators.labels.FrameLabel;
import mirage.assets.AssetLibrary;
import mirage.labelling.FrameLabeler;
import mirage.labelling.SceneProvenance;
import mirage.core.frame.RenderedFrame;
import mirage.dataset.codec.PngWriter;
import mirage.dataset.output.FrameData;
import mirage.dataset.output.FrameOutput;
import mirage.dataset.output.FrameOutputs;
import mirage.renderer.Renderer;
import mirage.scenes.model.Scene;
import mirage.cli.run.MapSuns;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;

/**
 * Each stage of the pipeline alone, on the same machine settings as a run: the GL thread rendering (sample,
 * shade, readback, amodal, truncation) with nothing else running; then the workers (labels, encode, write) on
 * frames rendered beforehand and held in memory; then the raw-write floor, the same frames' pixel bytes written
 * to files with no encoding. Every figure is frames per second of that stage at full use of its threads.
 */
final class StageBench {
    /** Frames kept from the render phase for the worker phase (reused round-robin, so memory stays small). */
    private static final int KEPT = 8;

    /**
     * @param labelsToRgb (amodal + truncation + labels) / (shade + readback), per-frame medians: what the labels
     *                    beyond the visible mask cost relative to the RGB render
     */
    record Result(double renderFps, double workersFps, double rawWriteFps, List<String[]> stageMedians, double labelsToRgb) {}

    private final SceneSpec spec;
    private final AssetLibrary assets;
    private final Renderer renderer;
    private final int workers;

    StageBench(SceneSpec spec, AssetLibrary assets, Renderer renderer, int workers) {
        this.spec = spec;
        this.assets = assets;
        this.renderer = renderer;
        this.workers = workers;
    }

    Result run(int warmup, int frames, Path scratch) throws Exception {
        SceneSampler sampler = new SceneSampler(spec, p -> assets.model(p).bounds(), 0, new MapSuns());
        Samples sample = new Samples(), shade = new Samples(), readback = new Samples(), amodal = new Samples(),
                truncation = new Samples(), coverage = new Samples(), labels = new Samples(), encode = new Samples(),
                write = new Samples();
        boolean covered = spec.outputs().coverageOrDefault();
        List<Scene> scenes = new ArrayList<>();
        List<RenderedFrame> kept = new ArrayList<>();
        for (int i = 0; i < warmup; i++) renderer.render(sampler.sample(i), assets, covered);
        long t0 = System.nanoTime();
        for (int i = warmup; i < warmup + frames; i++) {
            long a = System.nanoTime();
            Scene scene = sampler.sample(i);
            sample.add(System.nanoTime() - a);
            RenderedFrame f = renderer.render(scene, assets, covered);
            coverage.add(f.timings().coverage());
            shade.add(f.timings().shade());
            readback.add(f.timings().readback());
            amodal.add(f.timings().amodal());
            truncation.add(f.timings().truncation());
            if (kept.size() < KEPT) {
                scenes.add(scene);
                kept.add(f);
            }
        }
        double renderFps = frames / ((System.nanoTime() - t0) / 1e9);
        double workersFps = workers(scenes, kept, frames, scratch.resolve("encoded"), labels, encode, write);
        double rawFps = rawWrites(kept, frames, scratch.resolve("raw"));
        List<String[]> medians = new ArrayList<>();
        for (Object[] row : new Object[][] {{"sample", sample}, {"shade", shade}, {"readback", readback},
                {"amodal", amodal}, {"truncation", truncation}, {"labels", labels}, {"encode", encode}, {"write", write}})
            medians.add(new String[] {(String) row[0], String.format("%.3f", ((Samples) row[1]).medianMillis())});
        if (covered) medians.add(4, new String[] {"coverage", String.format("%.3f", coverage.medianMillis())});
        double ratio = (amodal.medianMillis() + truncation.medianMillis() + labels.medianMillis())
                / (shade.medianMillis() + readback.medianMillis());
        return new Result(renderFps, workersFps, rawFps, medians, ratio);
    }

    /** Labels, encodes and writes {@code frames} frames with the run's worker count; frames per second. */
    private double workers(List<Scene> scenes, List<RenderedFrame> kept, int frames, Path dir, Samples labels,
                           Samples encode, Samples write) throws Exception {
        Files.createDirectories(dir);
        FrameLabeler labeler = new FrameLabeler(spec.labels(), assets, new SceneProvenance(spec.baseDir()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ThreadLocal<PngWriter> png = ThreadLocal.withInitial(PngWriter::new);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            int k = i % kept.size(), frame = i;
            futures.add(pool.submit(() -> {
                long a = System.nanoTime();
                FrameLabel label = labeler.label(scenes.get(k), kept.get(k), "bench.png", FrameLabeler.Facts.NONE);
                long b = System.nanoTime();
                List<byte[]> files = encodeAll(png.get(), scenes.get(k), kept.get(k), label);
                long c = System.nanoTime();
                for (int f = 0; f < files.size(); f++) Files.write(dir.resolve(frame + "-" + f), files.get(f));
                write.add(System.nanoTime() - c);
                labels.add(b - a);
                encode.add(c - b);
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double fps = frames / ((System.nanoTime() - t0) / 1e9);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return fps;
    }

    /** The files a frame writes, encoded by the run's outputs (PNG level 1). */
    private List<byte[]> encodeAll(PngWriter png, Scene scene, RenderedFrame f, FrameLabel label) throws IOException {
        FrameData frame = new FrameData(f, label, scene.effects(), spec.outputs());
        List<byte[]> out = new ArrayList<>();
        for (FrameOutput o : FrameOutputs.enabled(spec.outputs())) out.add(bytes(s -> o.write(frame, png, s)));
        return out;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        body.writeTo(out);
        return out.toByteArray();
    }

    /** The floor: each frame's raw pixel buffers (colour, ids, depth, normals) written to files unencoded. */
    private double rawWrites(List<RenderedFrame> kept, int frames, Path dir) throws IOException {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            RenderedFrame f = kept.get(i % kept.size());
            int px = f.color().width() * f.color().height();
            Files.write(dir.resolve(i + "-rgb"), f.color().rgba());
            Files.write(dir.resolve(i + "-ids"), new byte[px * 4]);
            if (spec.outputs().depth()) Files.write(dir.resolve(i + "-depth"), new byte[px * 2]);
            if (spec.outputs().normals()) Files.write(dir.resolve(i + "-normals"), f.normals().rgba());
            if (f.coverage() != null) Files.write(dir.resolve(i + "-coverage"), f.coverage().counts());
        }
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
