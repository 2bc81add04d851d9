package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mirage.annotators.labels.FrameLabel;
import mirage.core.error.MirageException;
import mirage.dataset.DatasetLayout;
import mirage.dataset.DatasetReader;
import mirage.dataset.RunFile;
import mirage.report.scene.SceneAssets;
import mirage.report.scene.SceneGlb;
import mirage.scenes.spec.SceneSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirage scene DIR --frame N --out frame.glb --spec SPEC}: one frame as a 3D scene for a glTF viewer. */
@Command(name = "scene", mixinStandardHelpOptions = true,
        description = "Write one frame of a rendered dataset as a binary glTF 2.0 scene (instances, props, camera, "
                + "lights) to open in Blender or any glTF viewer.")
final class SceneCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A dataset folder written by mirage render.")
    Path dataset;

    @Option(names = "--frame", required = true, paramLabel = "N", description = "The frame index (from 0).")
    int frame;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .glb file to write.")
    Path out;

    @Option(names = "--spec", required = true, paramLabel = "SPEC",
            description = "The spec the dataset was rendered from (its models are named relative to it).")
    Path spec;

    @Option(names = "--allow-root", paramLabel = "DIR",
            description = "A folder the spec may name files in, besides its own (repeatable), as for the render.")
    List<Path> allowedRoots = new ArrayList<>();

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) throw new MirageException(target + ": is a folder; --out names the .glb file to write");
        if (!Files.isDirectory(target.getParent())) throw new MirageException(target.getParent() + ": no such folder for --out");
        if (frame < 0) throw new MirageException("--frame must be >= 0: " + frame);
        DatasetReader ds = DatasetReader.open(dataset);
        FrameLabel label = ds.label(frame);
        SceneSpec s = Specs.load(spec, allowedRoots);
        RunFile.requireSpec(dataset, s);
        SceneAssets assets = new SceneAssets(s.baseDir(), allowedRoots, Specs.assets(s, allowedRoots));
        SceneGlb.write(label, dataset.resolve(DatasetLayout.record(frame)), assets, target);
        System.out.printf("frame %d: %d instances -> %s%n", frame, label.instances().size(), target);
        return 0;
    }
}
