package mirage.assets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mirage.assets.assimp.ImportSettings;
import mirage.assets.assimp.IsolatedModelLoader;

/**
 * The run-wide {@link AssetSource}: each model file is imported at most once per library (keyed by its absolute,
 * normalised path) and the immutable result is shared. Images are checked once ({@link #checkImage}: header and
 * structure, no pixels) and decoded when a frame needs them, into a cache bounded by bytes ({@link ImageCache}: an
 * eighth of the maximum heap by default), so memory does not grow with the number of images a spec names; an image
 * dropped from the cache is decoded again from the same bytes. Thread-safe; loads of different files may run
 * concurrently, callers asking for a file that is being loaded wait for that load. A file that failed to load fails
 * again, with the same message, on every later request without being read again.
 */
public final class AssetLibrary implements AssetSource {
    private final OnceCache<Model> models;
    private final OnceCache<ImageHeader> headers;
    private final ImageCache images;
    private final Set<Path> imagesSeen = ConcurrentHashMap.newKeySet();

    /**
     * Models through an {@link IsolatedModelLoader} (Assimp in a child process, default limits), each model reading
     * only files in its own folder; images checked by {@link ImageFiles#check} and decoded by {@link ImageFiles#read}.
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
        this(new IsolatedModelLoader(AllowedFolders.of(allowedFolders), settings)::load, ImageFiles::check, ImageFiles::read,
                ImageCache.defaultBudget());
    }

    /**
     * With other loaders (tests, or a sandboxed importer); both must be thread-safe. Images are checked by decoding
     * them; the cache has the default budget.
     */
    public AssetLibrary(Function<Path, Model> modelLoader, Function<Path, TextureData> imageLoader) {
        this(modelLoader, null, imageLoader, ImageCache.defaultBudget());
    }

    /**
     * @param imageCheck  checks an image without decoding it; null to check by decoding with {@code imageLoader}
     * @param imageBudget most bytes of decoded images kept (see {@link ImageCache})
     */
    AssetLibrary(Function<Path, Model> modelLoader, Function<Path, ImageHeader> imageCheck,
                 Function<Path, TextureData> imageLoader, long imageBudget) {
        this.models = new OnceCache<>(Objects.requireNonNull(modelLoader, "modelLoader"));
        this.images = new ImageCache(Objects.requireNonNull(imageLoader, "imageLoader"), imageBudget);
        this.headers = new OnceCache<>(imageCheck != null ? imageCheck : p -> header(images.get(p)));
    }

    @Override
    public Model model(Path file) {
        return models.get(key(file));
    }

    /** The decoded image, from the cache or decoded now (after the checks of {@link #checkImage}). */
    @Override
    public TextureData image(Path file) {
        Path key = key(file);
        imagesSeen.add(key);
        return images.get(key);
    }

    /**
     * Checks an image file without keeping its pixels (by default {@link ImageFiles#check}: header, limits and
     * complete data), once per file: what the input check runs on every image before a run.
     */
    public ImageHeader checkImage(Path file) {
        Path key = key(file);
        imagesSeen.add(key);
        return headers.get(key);
    }

    /** Number of distinct model files requested so far (loaded or failed). */
    public int modelCount() {
        return models.size();
    }

    /** Number of distinct image files requested so far (checked, decoded or failed). */
    public int imageCount() {
        return imagesSeen.size();
    }

    /** Bytes of decoded images the cache holds now. */
    public long cachedImageBytes() {
        return images.keptBytes();
    }

    private static ImageHeader header(TextureData image) {
        return new ImageHeader(image.width(), image.height(), image.source());
    }

    private static Path key(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
