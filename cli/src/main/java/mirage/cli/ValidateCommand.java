package mirage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.assets.AssetLibrary;
import mirage.cli.run.InputCheck;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SplitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage validate SPEC}: every check a render makes before drawing, and nothing else. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a spec and import every asset and image it uses; renders nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Scene spec (YAML or JSON).")
    Path spec;

    @Option(names = "--allow-root", paramLabel = "DIR",
            description = "A folder the spec may name files in, besides its own (repeatable).")
    List<Path> allowedRoots = new ArrayList<>();

    @Override
    public Integer call() {
        SceneSpec s = Specs.load(spec, allowedRoots);
        AssetLibrary assets = Specs.assets(s, allowedRoots);
        InputCheck.Counts c = InputCheck.importAll(s, assets);
        System.out.printf("%s: valid: %d frames of %dx%d, %d categories, %d models (%d triangles), %d images%n",
                s.sourceFile(), s.frames(), s.image().width(), s.image().height(), s.categories().size(),
                c.models(), c.triangles(), c.images());
        SplitPlan plan = SplitPlan.of(s);
        if (plan.hasSplits())
            for (SplitPlan.Part part : plan.parts()) {
                InputCheck.Counts p = InputCheck.importAll(part.spec(), assets);
                System.out.printf("  split %s: %s, %d models, %d images%n", part.name(), frames(part), p.models(), p.images());
            }
        return 0;
    }

    /** "frames 3..7 (5)", or "no frames" for an empty split. */
    private static String frames(SplitPlan.Part part) {
        if (part.frames() == 0) return "no frames";
        return String.format("frames %d..%d (%d)", part.firstFrame(), part.endFrame() - 1, part.frames());
    }
}
