package mirage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.cli.run.InputCheck;
import mirage.scenes.spec.SceneSpec;
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
        InputCheck.Counts c = InputCheck.importAll(s, Specs.assets(s, allowedRoots));
        System.out.printf("%s: valid: %d frames of %dx%d, %d categories, %d models (%d triangles), %d images%n",
                s.sourceFile(), s.frames(), s.image().width(), s.image().height(), s.categories().size(),
                c.models(), c.triangles(), c.images());
        return 0;
    }
}
