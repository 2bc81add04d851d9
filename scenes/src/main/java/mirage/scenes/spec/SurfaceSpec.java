package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a material's base colour comes from: written {@code asset}, {@code {base_color: <color>}},
 * {@code {texture_folder: <folder>}} or {@code {procedural: {...}}}. Read and written by {@link SurfaceJson}.
 */
@JsonDeserialize(using = SurfaceJson.Reader.class)
@JsonSerialize(using = SurfaceJson.Writer.class)
public sealed interface SurfaceSpec {
    /** The asset's own colours and textures. */
    record AssetOwn() implements SurfaceSpec {}

    /** A uniform base colour, sRGB display values in [0, 1], drawn per surface. */
    record BaseColor(ColorSpec color) implements SurfaceSpec {
        public BaseColor {
            Objects.requireNonNull(color, "color");
            ColorJson.check(color, "base_color", Range.closed(0, 1));
        }
    }

    /** A base-colour texture picked per surface from the folder's images, each equally likely. */
    record TextureFolder(ImageFolder folder) implements SurfaceSpec {
        public TextureFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** A pattern computed from the UVs. */
    record Procedural(ProceduralSpec procedural) implements SurfaceSpec {
        public Procedural {
            Objects.requireNonNull(procedural, "procedural");
        }
    }

    /** The image files this surface may use (a texture folder's listing), for checking them before a run. */
    default List<Path> images() {
        return this instanceof TextureFolder t ? t.folder().images() : List.of();
    }
}
