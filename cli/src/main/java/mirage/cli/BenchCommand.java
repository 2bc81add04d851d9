package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import mirage.cli.bench.Bench;
import mirage.cli.bench.DefaultSceneBench;
import mirage.cli.bench.PhysicsBench;
import mirage.core.error.MirageException;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.ImageSpec;
import mirage.scenes.spec.OutputsSpec;
import mirage.scenes.spec.SceneSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mirage bench}: throughput of the whole pipeline and of each stage alone, on the reference scene. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure frames/s end to end and per stage on the reference scene (or SPEC), in a scratch folder; "
                + "with --phases physics, collision-shape builds and settle times.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "Default: examples/default/bench.yaml.")
    Path spec;

    @Option(names = "--frames", defaultValue = "100", description = "Measured frames per phase (default 100).")
    int frames;

    @Option(names = "--warmup", defaultValue = "20", description = "Frames before measuring (default 20).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "1",
            description = "Rounds of (stages alone, then end to end), back to back; prints the median efficiency (default 1).")
    int rounds;

    @Option(names = "--size", paramLabel = "WxH", description = "Override the image size, e.g. 1280x720.")
    String size;

    @Option(names = "--outputs", paramLabel = "LIST", split = ",", defaultValue = "depth,normals",
            description = "Optional outputs to write besides images, masks and records: depth, normals, coverage (or none).")
    List<String> outputs;

    /** The phases --phases accepts, in the order they are listed. */
    static final List<String> PHASES = List.of("stages", "e2e", "environment", "antialias", "soft_shadows", "coverage", "ao",
            "default", "realism", "physics");
    /** What --phases realism stands for: the cost of each realism feature alone, and of the realistic default scene. */
    static final List<String> REALISM = List.of("environment", "antialias", "soft_shadows", "ao", "coverage", "default");

    @Option(names = "--phases", paramLabel = "LIST", split = ",", defaultValue = "stages,e2e",
            description = "stages (each stage alone), e2e (the real pipeline), environment (the HDR pipeline and "
                    + "environment lighting: pre-filter per map, render cost per frame as ratios), antialias (each "
                    + "render.antialias mode on the same frames, render cost per frame as ratios to off), soft_shadows "
                    + "(every light without shadows, with hard shadows and with soft ones of a typical size, on the same "
                    + "frames, render cost per frame as ratios), coverage (the GL thread's time per frame without and "
                    + "with outputs.coverage, as ratios), ao (render.ambient_occlusion off and on on the same frames, render "
                    + "cost per frame as a ratio), default (the bundled realistic default scene against classic.yaml, the "
                    + "scene it replaced, frame by frame, with each of its realism features off in turn; SPEC is not "
                    + "used), realism (environment, antialias, soft_shadows, ao, coverage and default), physics "
                    + "(collision-shape builds and settling of 10 and 50 parts of examples/bin-picking, without GL); "
                    + "any of them.")
    List<String> phases;

    @Option(names = "--settle-frames", paramLabel = "N", defaultValue = "5",
            description = "physics phase: frames settled per object count and round (default 5).")
    int settleFrames;

    @Option(names = "--workers", paramLabel = "N", converter = Workers.class, description = "Worker threads (default: cores - 1, at least 1).")
    Integer workers;

    @Option(names = "--gl-device", paramLabel = "auto|gpu|software", defaultValue = "auto", converter = GlDeviceConverter.class)
    GlDevice device;

    @Spec
    CommandSpec command;

    @Option(names = "--scratch", paramLabel = "DIR", description = "Where files are written (default: a temporary folder, deleted).")
    Path scratch;

    @Override
    public Integer call() throws Exception {
        if (frames < 1 || warmup < 0) throw new MirageException("--frames must be >= 1 and --warmup >= 0");
        if (rounds < 1 || rounds > 100) throw new MirageException("--rounds must be 1..100, got " + rounds);
        for (String p : phases)
            if (!PHASES.contains(p))
                throw new ParameterException(command.commandLine(), "--phases: unknown phase '" + p
                        + "' (" + String.join(", ", PHASES) + ")");
        if (settleFrames < 1 || settleFrames > 1000)
            throw new ParameterException(command.commandLine(), "--settle-frames must be 1..1000, got " + settleFrames);
        Set<String> run = new java.util.LinkedHashSet<>(phases);
        if (run.remove("realism")) run.addAll(REALISM);
        if (run.contains("physics")) physics();
        if (run.remove("default")) defaultScene();
        run.remove("physics");
        if (run.isEmpty()) return 0;
        SceneSpec s = Specs.load(spec != null ? spec : Specs.defaultScene().resolveSibling("bench.yaml"), List.of());
        if (!s.splits().isEmpty()) s = s.withSplits(List.of());   // the bench measures the spec itself, not its splits
        s = withOutputs(withSize(s)).withFrames(warmup + frames);
        int w = Workers.orDefault(workers);
        Path dir = scratch != null ? Files.createDirectories(scratch) : Files.createTempDirectory("mirage-bench");
        List<Path> maps = List.of();
        if (run.contains("environment"))
            maps = s.environment() != null ? s.environment().hdriFolder().images()
                    : bundledMaps();
        new Bench(s, Specs.assets(s, List.of()), device, w, warmup, frames, dir)
                .run(run, maps, rounds, scratch == null);
        return 0;
    }

    /** The default phase: the bundled realistic default scene against the classic one, {@code rounds} times. */
    private void defaultScene() throws Exception {
        SceneSpec realistic = Specs.load(Specs.defaultScene(), List.of()).withFrames(warmup + frames);
        SceneSpec classic = Specs.load(Specs.defaultScene().resolveSibling("classic.yaml"), List.of()).withFrames(warmup + frames);
        if (size != null) {
            realistic = withSize(realistic);
            classic = withSize(classic);
        }
        var realisticAssets = Specs.assets(realistic, List.of());
        var classicAssets = Specs.assets(classic, List.of());
        mirage.cli.run.InputCheck.importAll(realistic, realisticAssets);
        mirage.cli.run.InputCheck.importAll(classic, classicAssets);
        for (int r = 1; r <= rounds; r++)
            try (var gl = mirage.cli.run.RenderContexts.open(device, 1)) {
                DefaultSceneBench.run(classic, realistic, classicAssets, realisticAssets, gl.first(), Math.min(warmup, 5), frames);
            }
    }

    /** The physics phase, on the bin-picking example (its parts, its tote); SPEC is for the GL phases. */
    private void physics() throws Exception {
        Path example = Specs.defaultScene().getParent().resolveSibling("bin-picking").resolve("scene.yaml");
        new PhysicsBench(example, Specs.assets(example.getParent(), List.of()), settleFrames).run(rounds);
    }

    /** The bundled environment maps (examples/default/assets/hdri), sorted by name. */
    private static List<Path> bundledMaps() throws java.io.IOException {
        try (var files = Files.list(Specs.defaultScene().resolveSibling("assets/hdri"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".hdr")).sorted().toList();
        }
    }

    private SceneSpec withSize(SceneSpec s) {
        if (size == null) return s;
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        try {
            ImageSpec image = new ImageSpec(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            return s.withImage(image);
        } catch (RuntimeException e) {
            throw new MirageException("--size: expected WxH with each side 1.." + ImageSpec.MAX_SIDE + ", got '" + size + "'");
        }
    }

    private SceneSpec withOutputs(SceneSpec s) {
        for (String o : outputs)
            if (!List.of("depth", "normals", "coverage", "none").contains(o))
                throw new MirageException("--outputs: unknown output '" + o + "' (depth, normals, coverage, none)");
        OutputsSpec out = new OutputsSpec(outputs.contains("depth"), s.outputs().depthScale(), OutputsSpec.Overflow.CLAMP,
                false, outputs.contains("normals"), outputs.contains("coverage") ? true : null);
        return s.withOutputs(out);
    }
}
