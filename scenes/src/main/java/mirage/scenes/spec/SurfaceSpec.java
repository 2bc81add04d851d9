package mirage.scenes.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import mirage.scenes.model.Material;

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

    /**
     * A base-colour texture picked per surface from the folder's texture sets, each equally likely: its images
     * grouped by {@link TextureSets#group} into colour images with the maps that go with them (a folder of plain
     * images has one set per image).
     *
     * @param sets derived from {@code folder}: the sets, in the order of their colour images' names
     */
    record TextureFolder(ImageFolder folder, List<Material.Surface.Texture> sets) implements SurfaceSpec {
        public TextureFolder {
            Objects.requireNonNull(folder, "folder");
            sets = List.copyOf(sets);
        }

        public TextureFolder(ImageFolder folder) {
            this(folder, TextureSets.group(folder.images()));
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
