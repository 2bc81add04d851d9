package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What is drawn behind the objects, written as one of
 * <ul>
 *   <li>{@code {color: <color>}}: a solid colour;</li>
 *   <li>{@code {image_folder: <folder>, zoom, flip}}: a photo cropped to the frame;</li>
 *   <li>{@code {texture_folder: <folder>, tiles, rotation_deg}} or {@code {procedural: {...}, tiles, rotation_deg}}:
 *       a texture or pattern tiled across the frame, unlit.</li>
 * </ul>
 * Read and written by {@link BackgroundJson}.
 */
@JsonDeserialize(using = BackgroundJson.Reader.class)
@JsonSerialize(using = BackgroundJson.Writer.class)
public sealed interface BackgroundSpec {
    /** The default: a solid 0.5 grey. */
    static BackgroundSpec defaultBackground() {
        return new Color(ColorSpec.grey(0.5));
    }

    /** The image files this background may use, for checking them before a run. */
    default List<Path> images() {
        if (this instanceof Images i) return i.folder().images();
        if (this instanceof Texture t) return t.surface().images();
        return List.of();
    }

    /** A solid colour drawn per frame, sRGB display values in [0, 1]. */
    record Color(ColorSpec color) implements BackgroundSpec {
        public Color {
            Objects.requireNonNull(color, "color");
            ColorJson.check(color, "color", Range.closed(0, 1));
        }
    }

    /**
     * A photo picked per frame from the folder's images, cropped to the frame's aspect: the largest window that
     * fits, shrunk by {@code zoom}, at a uniform random place (see {@link mirage.scenes.model.Background.Image}).
     *
     * @param folder the images (required)
     * @param zoom   &gt;= 1 [1]
     * @param flip   probability of mirroring the image left to right, 0..1 [0]
     */
    record Images(ImageFolder folder, Distribution zoom, Double flip) implements BackgroundSpec {
        public Images {
            Objects.requireNonNull(folder, "folder");
            zoom = Checks.orDefault(zoom, Distribution.constant(1));
            Range.closed(1, Double.POSITIVE_INFINITY).within(Bound.FACTOR).check("zoom", zoom);
            flip = Checks.orDefault(flip, 0.0);
            Range.closed(0, 1).check("flip", flip);
        }
    }

    /**
     * A texture or pattern tiled across the frame: {@code tiles} repeats across the frame's width (square cells),
     * turned by {@code rotation_deg}.
     *
     * @param surface     a texture folder or a procedural pattern (required)
     * @param tiles       repeats across the width, &gt; 0 [4]
     * @param rotationDeg degrees [0]
     */
    record Texture(SurfaceSpec surface, Distribution tiles, Distribution rotationDeg) implements BackgroundSpec {
        public Texture {
            Objects.requireNonNull(surface, "surface");
            if (!(surface instanceof SurfaceSpec.TextureFolder || surface instanceof SurfaceSpec.Procedural))
                throw SpecViolation.invalid("", "a tiled background needs texture_folder or procedural, got " + surface);
            tiles = Checks.orDefault(tiles, Distribution.constant(4));
            Range.positive().within(Bound.FACTOR).check("tiles", tiles);
            rotationDeg = Checks.orDefault(rotationDeg, Distribution.constant(0));
            Range.any().within(Bound.ANGLE).check("rotation_deg", rotationDeg);
        }
    }
}
