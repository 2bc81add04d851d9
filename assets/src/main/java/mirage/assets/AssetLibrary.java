package mirage.assets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import mirage.assets.assimp.ImportSettings;
import mirage.assets.assimp.IsolatedModelLoader;

/**
 * The run-wide {@link AssetSource}: each model and image file is imported at most once per library (keyed by its
 * absolute, normalised path) and the immutable result is shared. Thread-safe; loads of different files may run
 * concurrently, callers asking for a file that is being loaded wait for that load. A file that failed to load
 * fails again, with the same message, on every later request without being read again.
 */
public final class AssetLibrary implements AssetSource {
    private final OnceCache<Model> models;
    private final OnceCache<TextureData> images;

    /**
     * Models through an {@link IsolatedModelLoader} (Assimp in a child process, default limits), each model reading
     * only files in its own folder; images through {@link ImageFiles#read}.
     */
    public AssetLibrary() {
        this(List.of());
    }

    /**
     * As {@link #AssetLibrary()}, but models may also read the files they refer to (buffers, material libraries,
     * textures) inside {@code allowedFolders}: pass the spec's folder and the CLI's {@code --allow-root} folders.
     */
    public AssetLibrary(List<Path> allowedFolders) {
        this(allowedFolders, ImportSettings.defaults());
    }

    /** As {@link #AssetLibrary(List)}, with other import limits (time, memory, parallel imports). */
    public AssetLibrary(List<Path> allowedFolders, ImportSettings settings) {
        this(new IsolatedModelLoader(AllowedFolders.of(allowedFolders), settings)::load, ImageFiles::read);
    }

    /** With other loaders (tests, or a sandboxed importer); both must be thread-safe. */
    public AssetLibrary(Function<Path, Model> modelLoader, Function<Path, TextureData> imageLoader) {
        this.models = new OnceCache<>(Objects.requireNonNull(modelLoader, "modelLoader"));
        this.images = new OnceCache<>(Objects.requireNonNull(imageLoader, "imageLoader"));
    }

    @Override
    public Model model(Path file) {
        return models.get(key(file));
    }

    @Override
    public TextureData image(Path file) {
        return images.get(key(file));
    }

    /** Number of distinct model files requested so far (loaded or failed). */
    public int modelCount() {
        return models.size();
    }

    /** Number of distinct image files requested so far (loaded or failed). */
    public int imageCount() {
        return images.size();
    }

    private static Path key(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
