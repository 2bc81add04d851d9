package mirage.assets;

import java.util.Objects;

/**
 * The part of an imported material that Mirage shades with: glTF's metallic-roughness model. Textures are as stored
 * in their files; how each is read:
 * <ul>
 * <li>{@code baseColorTexture}: sRGB colour and linear alpha, multiplied by {@code baseColor};
 * <li>{@code metallicTexture}: its blue channel, times {@code metallic}; {@code roughnessTexture}: its green channel,
 *     times {@code roughness} (a glTF metallic-roughness image is both; a grey-scale image works for either);
 * <li>{@code normalTexture}: a tangent-space normal map (OpenGL convention, +Y towards the image's top), its x and y
 *     scaled by {@code normalScale}, used with {@link MeshData#tangents()};
 * <li>{@code occlusionTexture}: its red channel, applied with {@code occlusionStrength} (0 none, 1 full);
 * <li>{@code emissiveTexture}: sRGB colour times {@code emissive} (linear RGB, may exceed 1).
 * </ul>
 *
 * @param baseColor   base colour factor, linear RGBA (glTF baseColorFactor, or OBJ/FBX diffuse colour)
 * @param name        material name from the file, for messages
 * @param metallic    metallic factor 0..1 (glTF metallicFactor; {@link #DEFAULT_METALLIC} when the file states none)
 * @param roughness   roughness factor 0..1 (glTF roughnessFactor; {@link #DEFAULT_ROUGHNESS} when the file states none)
 * @param alphaCutoff for {@link AlphaMode#MASK}: fragments with alpha below it are cut out, 0..1 (glTF default 0.5)
 * @param textures    the texture slots, each null when absent
 */
public record MaterialData(float[] baseColor, String name, float metallic, float roughness, float[] emissive,
                           float normalScale, float occlusionStrength, AlphaMode alphaMode, float alphaCutoff,
                           Textures textures) {
    /** Metallic factor of a material whose file states none (a dielectric). */
    public static final float DEFAULT_METALLIC = 0;
    /** Roughness factor of a material whose file states none (glTF's default). */
    public static final float DEFAULT_ROUGHNESS = 1;
    /** glTF's default {@code alphaCutoff}. */
    public static final float DEFAULT_ALPHA_CUTOFF = 0.5f;

    /**
     * The texture slots of a material, each null when absent. Two slots may hold the same {@link TextureData}
     * (glTF's metallic-roughness image is both {@code metallic} and {@code roughness}; it often holds occlusion too).
     */
    public record Textures(TextureData baseColor, TextureData metallic, TextureData roughness, TextureData normal,
                           TextureData occlusion, TextureData emissive) {
        public static final Textures NONE = new Textures(null, null, null, null, null, null);

        /** Every slot's texture, in slot order, null for an empty slot. */
        public TextureData[] slots() {
            return new TextureData[] {baseColor, metallic, roughness, normal, occlusion, emissive};
        }

        /** The slots of {@link #slots()} as a record. */
        public static Textures of(TextureData[] slots) {
            if (slots.length != 6) throw new IllegalArgumentException("6 texture slots expected, got " + slots.length);
            return new Textures(slots[0], slots[1], slots[2], slots[3], slots[4], slots[5]);
        }
    }

    public MaterialData {
        if (baseColor == null || baseColor.length != 4) throw new IllegalArgumentException("baseColor needs 4 components");
        if (emissive == null || emissive.length != 3) throw new IllegalArgumentException("emissive needs 3 components");
        baseColor = baseColor.clone();
        emissive = emissive.clone();
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alphaMode, "alphaMode");
        Objects.requireNonNull(textures, "textures");
        for (float c : baseColor) requireIn("base colour", c, 0, Float.MAX_VALUE);
        for (float c : emissive) requireIn("emissive colour", c, 0, Float.MAX_VALUE);
        requireIn("metallic", metallic, 0, 1);
        requireIn("roughness", roughness, 0, 1);
        requireIn("occlusion strength", occlusionStrength, 0, 1);
        requireIn("alpha cutoff", alphaCutoff, 0, 1);
        requireIn("normal scale", normalScale, -Float.MAX_VALUE, Float.MAX_VALUE);
    }

    /** An opaque material with a base colour (and texture) only, the other parts at their defaults. */
    public MaterialData(float[] baseColor, TextureData baseColorTexture, String name) {
        this(baseColor, name, DEFAULT_METALLIC, DEFAULT_ROUGHNESS, new float[3], 1, 1, AlphaMode.OPAQUE,
                DEFAULT_ALPHA_CUTOFF, new Textures(baseColorTexture, null, null, null, null, null));
    }

    public TextureData baseColorTexture() {
        return textures.baseColor();
    }

    @Override
    public float[] baseColor() {
        return baseColor.clone();
    }

    @Override
    public float[] emissive() {
        return emissive.clone();
    }

    private static void requireIn(String what, float v, float min, float max) {
        if (!(v >= min && v <= max)) throw new IllegalArgumentException(what + " " + v + " is outside " + min + ".." + max);
    }
}
