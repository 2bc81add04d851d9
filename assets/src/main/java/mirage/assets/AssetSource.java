package mirage.assets;

import java.nio.file.Path;

/**
 * Where the renderer gets imported assets and images from. Implementations import each file once and may be
 * called from any thread. Paths are absolute and normalised.
 */
public interface AssetSource {
    /** The imported model of a mesh file. */
    Model model(Path file);

    /** A decoded image file (a texture or a background). */
    TextureData image(Path file);
}
