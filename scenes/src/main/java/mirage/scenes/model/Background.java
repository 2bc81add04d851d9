package mirage.scenes.model;

import java.nio.file.Path;

/** What the image shows where no object covers a pixel. Background pixels are 0 in every mask. */
public sealed interface Background {
    /** A solid colour, sRGB display values in [0, 1]: written to the image as round(255 c). */
    record Solid(Rgb color) implements Background {}

    /** An image file (absolute path), scaled to cover the frame and centred (cropping the overflow). */
    record Image(Path image) implements Background {}
}
