package mirage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.cli.sweep.SweepRunner;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.SpecLoader;
import mirage.scenes.spec.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage sweep SWEEP --out OUT}: renders one dataset per point of a grid of spec values. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Render a grid of variants of a base spec (a sweep file), each as a dataset in OUT/<variant>/, "
                + "with OUT/sweep.json and OUT/sweep.csv listing them. A rerun keeps finished variants.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML or JSON).")
    Path sweep;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output folder of the variants.")
    Path out;

    @Option(names = "--allow-root", paramLabel = "DIR",
            description = "A folder the base spec and the sweep's values may name files in, besides the spec's own (repeatable).")
    List<Path> allowedRoots = new ArrayList<>();

    @Option(names = "--overwrite",
            description = "Replace a variant folder that holds another run (only the dataset's own files are deleted).")
    boolean overwrite;

    @Option(names = "--gl-device", paramLabel = "auto|gpu|software", defaultValue = "auto",
            converter = GlDeviceConverter.class,
            description = "auto: a GPU when present, else Mesa llvmpipe; gpu: fail without one; software: llvmpipe.")
    GlDevice device;

    @Option(names = "--workers", paramLabel = "N", converter = Workers.class, description = "Encoder threads (default: cores - 1, at least 1).")
    Integer workers;

    @Option(names = "--no-progress", description = "Do not print progress.")
    boolean noProgress;

    @Override
    public Integer call() {
        Sweep s = Sweep.load(sweep);
        SpecLoader loader = new SpecLoader(allowedRoots);
        var settings = new SweepRunner.Settings(out, overwrite, device,
                Workers.orDefault(workers), 1, !noProgress);
        SweepRunner.Result r = SweepRunner.run(s, loader, Specs.assets(s.base().getParent(), allowedRoots), settings);
        System.out.printf("sweep: %d variants, %d rendered, %d already complete%n-> %s%n", r.variants(), r.rendered(),
                r.kept(), out.toAbsolutePath().normalize());
        if (r.stopped()) {
            System.err.println("mirage: stopped; run the same command again to continue the sweep");
            return Main.EXIT_INTERRUPTED;
        }
        return 0;
    }
}
