package mirage.report.scene;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.assets.AllowedFolders;
import mirage.assets.AssetSource;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.error.MirageException;

/**
 * The models and images a frame record names, loaded as the render loaded them: paths in a record are relative to
 * the spec's folder (or absolute), and each must lie in that folder or an allowed root (after {@code ..} and links
 * are resolved), like the spec's own paths; files come through the run's {@link AssetSource} (for the CLI, the same
 * confined {@code AssetLibrary} the render uses).
 */
public final class SceneAssets {
    private final Path specDir;
    private final AllowedFolders allowed;
    private final AssetSource source;

    /**
     * @param specDir the folder of the spec the dataset was rendered from
     * @param allowedRoots the render's {@code --allow-root} folders
     * @param source where models and images are loaded from
     */
    public SceneAssets(Path specDir, List<Path> allowedRoots, AssetSource source) {
        this.specDir = specDir.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        folders.add(this.specDir);
        folders.addAll(allowedRoots);
        this.allowed = AllowedFolders.of(folders);
        this.source = source;
    }

    /** The model at {@code recorded} (a record's path), named {@code where} (file and JSON path) in errors. */
    Model model(String recorded, String where) {
        return source.model(file(recorded, where));
    }

    /** The decoded image at {@code recorded}, as {@link #model}. */
    TextureData image(String recorded, String where) {
        return source.image(file(recorded, where));
    }

    private Path file(String recorded, String where) {
        Path file;
        try {
            file = specDir.resolve(recorded).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new MirageException(where + ": not a path: '" + recorded + "'", e);
        }
        if (!allowed.allows(file))
            throw new MirageException(where + ": " + file + " is missing, or outside the spec's folder and the "
                    + "--allow-root folders (" + allowed.describe() + ")");
        return file;
    }
}
