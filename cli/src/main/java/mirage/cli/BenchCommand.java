package mirage.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.annotators.png.PngWriter;
import mirage.assets.AssetLibrary;
import mirage.cli.labels.FrameLabeler;
import mirage.cli.labels.SceneProvenance;
import mirage.cli.run.InputCheck;
import mirage.core.error.MirageException;
import mirage.renderer.RenderedFrame;
import mirage.renderer.Renderer;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.SceneSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * {@code mirage bench}: renders the reference scene on one thread and reports the median time of each stage per
 * frame (sampling, shading, readback, amodal masks, truncation, label extraction, PNG encoding to memory), so
 * their costs can be compared within one run. Writes nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time each stage of frame generation on the reference scene (or SPEC); writes nothing.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "Default: examples/default/bench.yaml.")
    Path spec;

    @Option(names = "--frames", defaultValue = "60", description = "Measured frames (default 60).")
    int frames;

    @Option(names = "--warmup", defaultValue = "10", description = "Frames rendered first and not measured (default 10).")
    int warmup;

    @Option(names = "--gl-device", paramLabel = "auto|gpu|software", defaultValue = "auto", converter = GlDeviceConverter.class)
    GlDevice device;

    @Override
    public Integer call() {
        if (frames < 1 || warmup < 0) throw new MirageException("--frames must be >= 1 and --warmup >= 0");
        SceneSpec s = Specs.load(spec != null ? spec : Specs.defaultScene().resolveSibling("bench.yaml"), List.of());
        AssetLibrary assets = Specs.assets(s, List.of());
        InputCheck.importAll(s, assets);
        SceneSampler sampler = new SceneSampler(s, p -> assets.model(p).bounds());
        FrameLabeler labeler = new FrameLabeler(s.labels(), assets, new SceneProvenance(s.baseDir()));
        String[] stages = {"sample", "shade", "readback", "amodal", "truncation", "labels", "encode"};
        List<long[]> samples = new ArrayList<>();
        try (Renderer renderer = Renderer.open(device); PngWriter png = new PngWriter()) {
            for (int i = 0; i < warmup + frames; i++) {
                long t0 = System.nanoTime();
                Scene scene = sampler.sample(i);
                long t1 = System.nanoTime();
                RenderedFrame f = renderer.render(scene, assets);
                long t2 = System.nanoTime();
                labeler.label(scene, f, "bench.png", JsonNodeFactory.instance.objectNode());
                long t3 = System.nanoTime();
                encode(png, f);
                long t4 = System.nanoTime();
                var r = f.timings();
                if (i >= warmup) samples.add(new long[] {t1 - t0, r.shade(), r.readback(), r.amodal(), r.truncation(), t3 - t2, t4 - t3});
            }
            report(renderer.info().glRenderer(), s, stages, samples);
        } catch (java.io.IOException e) {
            throw new MirageException("bench: " + e.getMessage(), e);
        }
        return 0;
    }

    private static void encode(PngWriter png, RenderedFrame f) throws java.io.IOException {
        OutputStream sink = OutputStream.nullOutputStream();
        png.writeRgb(f.color(), sink);
        png.writeGray16(f.instances().width(), f.instances().height(), f.instances().ids(), sink);
    }

    private static void report(String renderer, SceneSpec s, String[] stages, List<long[]> samples) {
        System.out.printf("mirage bench: %s, %dx%d, %d measured frames, renderer %s%n", s.sourceFile().getFileName(),
                s.image().width(), s.image().height(), samples.size(), renderer);
        double[] medians = new double[stages.length];
        for (int k = 0; k < stages.length; k++) {
            final int stage = k;
            long[] v = samples.stream().mapToLong(a -> a[stage]).sorted().toArray();
            medians[k] = v[v.length / 2] / 1e6;
            System.out.printf("  %-11s median %8.3f ms   (min %.3f, max %.3f)%n", stages[k], medians[k], v[0] / 1e6, v[v.length - 1] / 1e6);
        }
        double rgb = medians[1] + medians[2];
        double labels = medians[3] + medians[4] + medians[5];
        System.out.printf("  RGB render (shade + readback): %.3f ms; amodal + truncation + labels: %.3f ms; ratio %.2f%n",
                rgb, labels, labels / rgb);
        System.out.printf("  serial frames/s (all stages on one thread): %.1f%n", 1000.0 / Arrays.stream(medians).sum());
    }
}
