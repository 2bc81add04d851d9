package mirage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetLibrary;
import mirage.core.error.MirageException;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecLoader;

/** Finds and loads scene specs for the commands. */
final class Specs {
    private Specs() {}

    /** Loads a spec whose files must lie in its own folder or one of {@code allowedRoots}. */
    static SceneSpec load(Path file, List<Path> allowedRoots) {
        return new SpecLoader(allowedRoots).load(file);
    }

    /**
     * The run's asset library: each model may read files (its .bin, .mtl, textures) only inside the spec's folder
     * and the allowed roots, like the spec itself.
     */
    static AssetLibrary assets(SceneSpec spec, List<Path> allowedRoots) {
        return assets(spec.baseDir(), allowedRoots);
    }

    /** The asset library of specs in {@code specDir} (null: none), like {@link #assets(SceneSpec, List)}. */
    static AssetLibrary assets(Path specDir, List<Path> allowedRoots) {
        List<Path> folders = new java.util.ArrayList<>();
        if (specDir != null) folders.add(specDir);
        folders.addAll(allowedRoots);
        return new AssetLibrary(folders);
    }

    /**
     * The bundled default scene: {@code examples/default/scene.yaml} under the Mirage home, which the
     * {@code ./mirage} launcher passes as {@code -Dmirage.home} (else the working directory).
     */
    static Path defaultScene() {
        Path home = Path.of(System.getProperty("mirage.home", "."));
        Path spec = home.resolve("examples/default/scene.yaml").toAbsolutePath().normalize();
        if (!Files.isRegularFile(spec))
            throw new MirageException(spec + ": the bundled default scene is missing; run from the Mirage folder "
                    + "(or its ./mirage launcher), or give a SPEC");
        return spec;
    }
}
