package mirage.scenes.model;

import java.nio.file.Path;

/** How an instance is coloured. */
public sealed interface Material {
    /** The asset's own base colour, textures and vertex colours. */
    record AssetOwn() implements Material {}

    /** The asset's base colour texture replaced by an image file (absolute path); factors set to white. */
    record Texture(Path image) implements Material {}

    /** A uniform base colour (sRGB display values in [0, 1]); the asset's textures and vertex colours are ignored. */
    record BaseColor(Rgb color) implements Material {}
}
