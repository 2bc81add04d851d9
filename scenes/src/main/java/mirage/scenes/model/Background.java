package mirage.scenes.model;

import java.nio.file.Path;
import java.util.Objects;

/** What the image shows where no object covers a pixel. Background pixels are 0 in every mask. */
public sealed interface Background {
    /** A solid colour, sRGB display values in [0, 1]: written to the image as round(255 c). */
    record Solid(Rgb color) implements Background {}

    /**
     * An image file (absolute path) cropped to the frame's aspect ratio. The largest window of the frame's aspect
     * that fits the image (the "cover" window) is shrunk by {@code zoom} and placed at ({@code x}, {@code y}): 0 puts
     * it against the image's left (top) edge, 1 against its right (bottom) edge, 0.5 centres it.
     *
     * @param zoom &gt;= 1; 1 shows the whole cover window
     * @param x    horizontal placement of the window, 0..1
     * @param y    vertical placement of the window, 0..1
     * @param flip mirror the image left to right
     */
    record Image(Path image, float zoom, float x, float y, boolean flip) implements Background {
        public Image {
            Objects.requireNonNull(image, "image");
            if (!(zoom >= 1) || !Float.isFinite(zoom)) throw new IllegalArgumentException("zoom must be >= 1: " + zoom);
            if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) throw new IllegalArgumentException("placement out of 0..1");
        }

        /** The whole image, centred, not mirrored (the cover crop). */
        public Image(Path image) {
            this(image, 1, 0.5f, 0.5f, false);
        }
    }

    /**
     * A texture or pattern across the frame, unlit: the material's surface looked up at u = column / width,
     * v = row / width (square cells), after the material's UV transform. Roughness and metallic are unused.
     */
    record Texture(Material material) implements Background {
        public Texture {
            Objects.requireNonNull(material, "material");
            if (material.surface() instanceof Material.Surface.AssetOwn)
                throw new IllegalArgumentException("a background texture needs a texture, colour or pattern surface");
        }
    }
}
