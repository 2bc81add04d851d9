package mirage.scenes.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an instance (or a distractor, or a textured background) is coloured: a surface, a UV transform for
 * textured and procedural surfaces, and the roughness and metallic factors of the metallic-roughness shading model.
 *
 * @param surface   where the base colour comes from
 * @param uv        applied to the mesh UVs before any texture or pattern lookup
 * @param roughness perceptual roughness, 0..1 (GGX alpha = roughness squared)
 * @param metallic  0 (dielectric, 4% specular) .. 1 (metal: the base colour tints the specular)
 */
public record Material(Surface surface, UvTransform uv, float roughness, float metallic) {
    /** Roughness where the spec sets none (assets carry no roughness Mirage reads). */
    public static final float DEFAULT_ROUGHNESS = 0.5f;

    /** The asset's own colours, identity UVs, default roughness, not metallic. */
    public static final Material ASSET = new Material(new Surface.AssetOwn(), UvTransform.IDENTITY, DEFAULT_ROUGHNESS, 0f);

    public Material {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(uv, "uv");
        if (!(roughness >= 0 && roughness <= 1)) throw new IllegalArgumentException("roughness out of 0..1: " + roughness);
        if (!(metallic >= 0 && metallic <= 1)) throw new IllegalArgumentException("metallic out of 0..1: " + metallic);
    }

    /** A surface with identity UVs, default roughness, not metallic. */
    public static Material of(Surface surface) {
        return new Material(surface, UvTransform.IDENTITY, DEFAULT_ROUGHNESS, 0f);
    }

    /** Where a material's base colour comes from. */
    public sealed interface Surface {
        /** The asset's own base colour, textures and vertex colours. */
        record AssetOwn() implements Surface {}

        /**
         * The base colour texture replaced by an image file (absolute path); factors set to white. With
         * {@code maps}, the rest of a PBR texture set too (see {@link Maps}).
         */
        record Texture(Path image, Maps maps) implements Surface {
            public Texture {
                Objects.requireNonNull(image, "image");
                Objects.requireNonNull(maps, "maps");
            }

            /** A single image, no other maps. */
            public Texture(Path image) {
                this(image, Maps.NONE);
            }
        }

        /** A uniform base colour (sRGB display values in [0, 1]); textures and vertex colours are ignored. */
        record BaseColor(Rgb color) implements Surface {
            public BaseColor {
                Objects.requireNonNull(color, "color");
            }
        }

        /**
         * A two-colour pattern computed in the shader from the (transformed) UVs, sRGB display values in [0, 1].
         *
         * @param pattern checker, stripes or noise
         * @param a       first colour (checker cells with even (floor(u cells) + floor(v cells)); stripe bands with
         *                even floor(u cells); noise value 0)
         * @param b       second colour
         * @param cells   cells (checker), bands (stripes) or noise lattice cells per UV unit, &gt; 0
         * @param seed    noise lattice seed (ignored by checker and stripes)
         */
        record Procedural(Pattern pattern, Rgb a, Rgb b, float cells, int seed) implements Surface {
            public Procedural {
                Objects.requireNonNull(pattern, "pattern");
                Objects.requireNonNull(a, "a");
                Objects.requireNonNull(b, "b");
                if (!(cells > 0) || !Float.isFinite(cells)) throw new IllegalArgumentException("cells must be > 0: " + cells);
            }
        }
    }

    /**
     * The maps that came with a texture image in a PBR texture set (absolute paths, each null when the set has none):
     * a tangent-space normal map (OpenGL convention, +Y up), and grey-scale roughness, metallic and ambient-occlusion
     * maps (a map is read from the channel glTF reads it from: roughness green, metallic blue, occlusion red, which
     * are equal in a grey image).
     */
    public record Maps(Path normal, Path roughness, Path metallic, Path occlusion) {
        public static final Maps NONE = new Maps(null, null, null, null);

        /** Whether the set has no map besides its colour image. */
        public boolean isEmpty() {
            return normal == null && roughness == null && metallic == null && occlusion == null;
        }
    }

    /** Procedural patterns. */
    public enum Pattern {
        CHECKER, STRIPES,
        /** Smooth value noise (bilinear-interpolated lattice values hashed from the seed, smoothstep weights). */
        NOISE;

        public String specName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * uv' = R(rotationDeg) (scale * uv) + (offsetU, offsetV), R rotating counter-clockwise in the (u, v) plane.
     */
    public record UvTransform(float scale, float offsetU, float offsetV, float rotationDeg) {
        public static final UvTransform IDENTITY = new UvTransform(1, 0, 0, 0);

        public UvTransform {
            if (!(scale > 0) || !Float.isFinite(scale)) throw new IllegalArgumentException("uv scale must be > 0: " + scale);
            if (!Float.isFinite(offsetU) || !Float.isFinite(offsetV) || !Float.isFinite(rotationDeg))
                throw new IllegalArgumentException("uv transform values must be finite");
        }
    }
}
