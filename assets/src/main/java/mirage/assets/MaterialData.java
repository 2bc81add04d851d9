package mirage.assets;

/**
 * The part of an imported material that Mirage shades with.
 *
 * @param baseColor        base colour factor, linear RGBA (glTF baseColorFactor, or OBJ/FBX diffuse colour)
 * @param baseColorTexture base colour texture (sRGB), or null
 * @param name             material name from the file, for messages
 */
public record MaterialData(float[] baseColor, TextureData baseColorTexture, String name) {
    public MaterialData {
        if (baseColor == null || baseColor.length != 4) throw new IllegalArgumentException("baseColor needs 4 components");
        baseColor = baseColor.clone();
    }
}
