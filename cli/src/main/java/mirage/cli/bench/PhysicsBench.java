package mirage.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mirage.assets.AssetLibrary;
import mirage.cli.run.CollisionShapes;
import mirage.physics.CollisionKind;
import mirage.physics.SceneSettler;
import mirage.physics.ShapeLibrary;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.SceneSampler;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecFormat;
import mirage.scenes.spec.SpecLoader;

/**
 * The physics phase of the bench, on a settling spec (the bin-picking example): per round, (a) every object entry's
 * asset built as each collision kind in a fresh {@link ShapeLibrary} without disk cache (the real build cost), then
 * (b) the same frames settled with 10 and with 50 objects, each count a fixed mix of the spec's entries in the ratio
 * of their mean counts, sampled and settled by the run's own {@link SceneSampler} and {@link SceneSettler} (shapes
 * built before timing, as a run builds them before its first frame). Frames are sampled before timing; a settle is
 * timed from its start pose to its settled scene (world built, stepped until at rest or max_steps, poses written
 * back). Prints each round and the medians over rounds with their spread.
 */
public final class PhysicsBench {
    static final int[] OBJECT_COUNTS = {10, 50};

    private final Path specFile;
    private final AssetLibrary assets;
    private final int frames;

    /**
     * @param specFile a spec with {@code placement.physics}
     * @param assets   the asset library of the spec's folder
     * @param frames   frames settled per object count and round
     */
    public PhysicsBench(Path specFile, AssetLibrary assets, int frames) {
        this.specFile = specFile;
        this.assets = assets;
        this.frames = frames;
    }

    public void run(int rounds) throws Exception {
        Map<Integer, Mix> mixes = new LinkedHashMap<>();
        for (int n : OBJECT_COUNTS) mixes.put(n, mix(n));
        SceneSpec base = mixes.get(OBJECT_COUNTS[0]).spec();
        if (base.placement().physics() == null)
            throw new IllegalArgumentException(specFile + ": the physics bench needs a spec with placement.physics");
        System.out.printf("mirage bench, physics: %s, %d frames settled per object count and round, %d round(s), %d cores%n",
                specFile.getParent().getFileName() + "/" + specFile.getFileName(), frames, rounds, Runtime.getRuntime().availableProcessors());
        for (Mix m : mixes.values()) System.out.printf("  %d objects: %s%n", m.total(), m.describe());
        Set<Path> models = new LinkedHashSet<>();
        for (ObjectSpec o : base.objects()) models.add(o.asset().path());
        for (Path p : models) assets.model(p);   // imported before timing
        ShapeLibrary shapes = new ShapeLibrary(null);
        List<Workload> workloads = new ArrayList<>();
        for (Mix m : mixes.values()) workloads.add(workload(m, shapes));
        workloads.get(0).settler().settle(workloads.get(0).frames().get(0));   // warm-up: JIT, natives

        Map<String, List<Double>> buildMs = new LinkedHashMap<>();
        Map<String, List<Double>> settleMs = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d of %d: two threads run %.2fx one thread's work now (2.00: two free cores)%n",
                    round, rounds, CpuProbe.parallelSpeedup());
            buildRound(models, buildMs);
            for (Workload w : workloads)
                settleMs.computeIfAbsent(w.total() + " objects", x -> new ArrayList<>()).add(settleRound(w));
        }
        summary("shape builds (no disk cache), median over " + rounds + " round(s) (min-max):", buildMs);
        summary("settle time per frame, median over " + rounds + " round(s) of each round's median (min-max):", settleMs);
    }

    /** A mix's settler (its entries' shapes built now, in {@code shapes}) and its frames, sampled now. */
    private Workload workload(Mix m, ShapeLibrary shapes) {
        SceneSampler sampler = new SceneSampler(m.spec(), path -> assets.model(path).bounds());
        List<FrameSample> list = new ArrayList<>();
        for (int i = 0; i < frames; i++) list.add(sampler.sampleWithReport(i));
        return new Workload(m.total(), CollisionShapes.settler(m.spec(), assets, shapes), list);
    }

    private record Workload(int total, SceneSettler settler, List<FrameSample> frames) {}

    /** Builds every model as every collision kind in a fresh library; prints each build and adds its ms to {@code ms}. */
    private void buildRound(Set<Path> models, Map<String, List<Double>> ms) {
        ShapeLibrary fresh = new ShapeLibrary(null);
        for (Path p : models)
            for (CollisionKind k : CollisionKind.values()) fresh.parts(p, assets.model(p), k);
        for (ShapeLibrary.Build b : fresh.builds()) {
            String key = b.key().getFileName() + " " + b.kind().specName() + " (" + b.parts() + " part" + (b.parts() == 1 ? ")" : "s)");
            ms.computeIfAbsent(key, x -> new ArrayList<>()).add(b.nanos() / 1e6);
            System.out.printf("  build %-32s %9.1f ms%n", key, b.nanos() / 1e6);
        }
    }

    private static void summary(String title, Map<String, List<Double>> ms) {
        System.out.println(title);
        for (var e : ms.entrySet())
            System.out.printf("  %-32s %9.1f ms (%.1f-%.1f)%n", e.getKey(), Samples.median(e.getValue()),
                    Samples.min(e.getValue()), Samples.max(e.getValue()));
    }

    /** Settles every frame once; prints and returns the median wall time per frame, in ms. */
    private static double settleRound(Workload w) {
        int n = w.total();
        SceneSettler settler = w.settler();
        List<FrameSample> frames = w.frames();
        List<Double> ms = new ArrayList<>();
        List<Double> msPerStep = new ArrayList<>();
        List<Double> steps = new ArrayList<>();
        int atRest = 0, bodies = 0;
        for (FrameSample f : frames) {
            long t0 = System.nanoTime();
            FrameSample settled = settler.settle(f);
            double t = (System.nanoTime() - t0) / 1e6;
            ms.add(t);
            steps.add((double) settled.settled().steps());
            msPerStep.add(t / settled.settled().steps());
            if (settled.settled().atRest()) atRest++;
            bodies += settled.settled().bodies().size();
        }
        double median = Samples.median(ms);
        System.out.printf("  settle %2d objects: median %8.1f ms/frame (%.1f-%.1f), %.3f ms/step, median %.0f steps, "
                        + "%d/%d frames at rest, %.1f bodies/frame%n", n, median, Samples.min(ms), Samples.max(ms), Samples.median(msPerStep),
                Samples.median(steps), atRest, frames.size(), (double) bodies / frames.size());
        return median;
    }

    /** The spec with each object entry's count fixed so that the counts add up to {@code total}. */
    private Mix mix(int total) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode root = (ObjectNode) yaml.readTree(specFile.toFile());
        ArrayNode objects = (ArrayNode) root.get("objects");
        double[] means = new double[objects.size()];
        double sum = 0;
        for (int i = 0; i < means.length; i++) sum += means[i] = meanCount(objects.get(i).get("count"));
        int[] counts = shares(means, sum, total);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            ((ObjectNode) objects.get(i)).put("count", counts[i]);
            parts.add(counts[i] + " " + objects.get(i).get("category").asText());
        }
        SceneSpec spec = new SpecLoader().parse(new ObjectMapper().writeValueAsString(root), SpecFormat.JSON, specFile);
        return new Mix(total, spec, String.join(", ", parts));
    }

    private record Mix(int total, SceneSpec spec, String describe) {}

    /** An entry's mean count: a number, the middle of {@code int_uniform: [a, b]}, else 1. */
    private static double meanCount(JsonNode count) {
        if (count == null) return 1;
        if (count.isNumber()) return count.asDouble();
        JsonNode range = count.get("int_uniform");
        return range != null && range.size() == 2 ? (range.get(0).asDouble() + range.get(1).asDouble()) / 2 : 1;
    }

    /** {@code total} split in proportion to {@code weights} (largest remainders, ties to the earlier entry). */
    static int[] shares(double[] weights, double sum, int total) {
        int[] counts = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            rest[i] = exact - counts[i];
            given += counts[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
            counts[best]++;
            rest[best] = -1;
        }
        return counts;
    }
}
