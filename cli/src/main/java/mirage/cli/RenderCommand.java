package mirage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.dataset.FrameSelection;
import mirage.dataset.Shard;
import mirage.cli.run.Generator;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.SceneSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage render [SPEC] --out DIR}: renders a dataset. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a dataset: images, instance and semantic masks, per-frame json, COCO annotations.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
            description = "Scene spec (YAML or JSON). Default: the bundled default scene.")
    Path spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (absent or empty); with --shard, {shard} in it stands for the shard index.")
    Path out;

    @Option(names = "--frames", paramLabel = "N", description = "Override the spec's frame count.")
    Integer frames;

    @Option(names = "--seed", paramLabel = "S", description = "Override the spec's seed.")
    Long seed;

    @Option(names = "--overwrite",
            description = "Replace the dataset in a folder that holds another run (only the dataset's own files are deleted).")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue an interrupted run in --out (a plain rerun of the same spec does too; this insists on it).")
    boolean resume;

    @Option(names = "--allow-root", paramLabel = "DIR",
            description = "A folder the spec may name files in, besides its own (repeatable).")
    List<Path> allowedRoots = new ArrayList<>();

    @Option(names = "--gl-device", paramLabel = "auto|gpu|software", defaultValue = "auto",
            converter = GlDeviceConverter.class,
            description = "auto: a GPU when present, else Mesa llvmpipe; gpu: fail without one; software: llvmpipe.")
    GlDevice device;

    @Option(names = "--gl-contexts", paramLabel = "N", defaultValue = "0",
            description = "GL contexts rendering in parallel, spread over the GPUs (default 0: one per GPU, one without a GPU).")
    int contexts;

    @Option(names = "--workers", paramLabel = "N", converter = Workers.class, description = "Encoder threads (default: cores - 1, at least 1).")
    Integer workers;

    @Option(names = "--png-level", paramLabel = "0..9", defaultValue = "1",
            description = "PNG deflate level (default 1: fast; 9: smallest).")
    int pngLevel;

    @Option(names = "--no-progress", description = "Do not print progress.")
    boolean noProgress;

    @Option(names = "--only", paramLabel = "LIST", converter = FrameSelectionConverter.class,
            description = "Render only these frames, e.g. 17,120-130 (indices and inclusive ranges; frames already done "
                    + "are kept), into a new folder or one holding the same spec's run.")
    FrameSelection only;

    @Option(names = "--shard", paramLabel = "I/N|auto[/N]",
            description = "Render shard I (from 0) of N of the run, a contiguous part of its frames, into a folder of its "
                    + "own (mirage merge joins them); auto: I and N from the array task's environment (Slurm; give "
                    + "auto/N for a Kubernetes Indexed Job or an AWS Batch array).")
    String shard;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SceneSpec s = Specs.load(spec == null ? Specs.defaultScene() : spec, allowedRoots);
        if (frames != null && !s.splits().isEmpty())
            throw new ParameterException(command.commandLine(), "--frames cannot be used with a spec that has splits: "
                    + "each split gives its own frame count");
        if (frames != null) s = s.withFrames(frames);
        if (seed != null) s = s.withSeed(seed);
        if (only != null) {
            try {
                only.checkWithin(s.frames());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--only: " + e.getMessage());
            }
        }
        if (only != null && shard != null) throw new ParameterException(command.commandLine(), "give --only or --shard, not both");
        Shard part = shard == null ? null : ShardOption.resolve(shard, System.getenv());
        var options = new Generator.Options(ShardOption.folder(out, part), overwrite, resume, device,
                Workers.orDefault(workers), checkLevel(pngLevel),
                !noProgress, null, only, checkContexts(contexts), part);
        Generator.Summary r = Generator.run(s, Specs.assets(s, allowedRoots), options);
        if (r.alreadyDone() > 0)
            System.out.printf("resumed: %d of %d frames were already done%n", r.alreadyDone(), r.selected());
        System.out.printf("rendered %d frames in %.1f s (%.1f frames/s) on %s; %d annotations in all%n-> %s%n",
                r.rendered(), r.seconds(), r.framesPerSecond(), r.renderer().glRenderer(), r.annotations(), r.out());
        if (r.stopped()) {
            System.err.printf("mirage: stopped: %d of %d frames done; run the same command again to resume%n",
                    r.alreadyDone() + r.rendered(), r.selected());
            return Main.EXIT_INTERRUPTED;
        }
        if (part != null)
            System.out.printf("shard %s of the run: frames %d-%d%s; join the shards with mirage merge%n", part,
                    part.firstFrame(r.frames()), part.endFrame(r.frames()) - 1, r.complete() ? ", complete" : "");
        else if (!r.complete())
            System.out.printf("the dataset is not complete (frames outside --only are missing); dataset.json says so%n");
        return 0;
    }

    /** Parses {@code --only} (syntax only; the indices are checked against the spec's frames in {@link #call}). */
    static final class FrameSelectionConverter implements ITypeConverter<FrameSelection> {
        @Override public FrameSelection convert(String value) {
            try {
                return FrameSelection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static int checkContexts(int n) {
        if (n < 0 || n > Generator.Options.MAX_CONTEXTS)
            throw new mirage.core.error.MirageException("--gl-contexts must be 0.." + Generator.Options.MAX_CONTEXTS + ", got " + n);
        return n;
    }

    private static int checkLevel(int level) {
        if (level < 0 || level > 9) throw new mirage.core.error.MirageException("--png-level must be 0..9, got " + level);
        return level;
    }
}
