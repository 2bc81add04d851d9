package mirage.assets.assimp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mirage.assets.AllowedFolders;

/**
 * A test-only JVM that imports one model through {@link IsolatedModelLoader} with {@link MisbehavingWorker} as the
 * child, for {@link ParentDeathTest} to kill while the child runs. Argument: the model file.
 */
public final class ImportingParent {
    private ImportingParent() {
    }

    public static void main(String[] args) {
        ImportSettings settings = ImportSettings.defaults().withWorkerClass(MisbehavingWorker.class.getName())
                .withTimeout(Duration.ofMinutes(5));
        new IsolatedModelLoader(AllowedFolders.of(List.of()), settings).load(Path.of(args[0]));
    }
}
