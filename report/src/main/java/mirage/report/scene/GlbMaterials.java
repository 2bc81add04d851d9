package mirage.report.scene;

import de.javagl.jgltf.impl.v2.GlTF;
import de.javagl.jgltf.impl.v2.TextureInfo;
import de.javagl.jgltf.model.MaterialModel;
import de.javagl.jgltf.model.impl.DefaultImageModel;
import de.javagl.jgltf.model.impl.DefaultTextureModel;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.MaterialData;
import mirage.assets.TextureData;
import mirage.core.image.RgbaImage;
import mirage.dataset.codec.PngWriter;

/**
 * glTF metallic-roughness materials for the surfaces the renderer drew (common/surface.glsl):
 * <ul>
 *   <li>asset: the part's own base-colour factor (linear RGBA) and texture, and the mesh's vertex colours;
 *   <li>base_color: that colour as the factor;
 *   <li>texture: the recorded image as the base-colour texture, factor white;
 *   <li>procedural: no pattern (glTF has none): the mean of its two colours as the factor.
 * </ul>
 * Every material is double-sided (the renderer draws both faces) and opaque, with the recorded roughness and
 * metallic factors; a texture needs mesh UVs (without them the renderer projects one, the glb shows the factor
 * alone). A UV transform other than the identity goes with its texture as {@code KHR_texture_transform}, whose
 * {@code uv' = T R S uv} is the renderer's {@code R(rotation) (scale uv) + offset} with R counter-clockwise.
 * Textures are embedded as PNG (RGB; the renderer does not use alpha), each image once.
 */
final class GlbMaterials {
    static final String TEXTURE_TRANSFORM = "KHR_texture_transform";

    private final SceneAssets assets;
    private final Map<TextureData, DefaultTextureModel> textures = new IdentityHashMap<>();
    private final Map<MaterialModel, DrawnMaterial.Uv> transforms = new IdentityHashMap<>();

    GlbMaterials(SceneAssets assets) {
        this.assets = assets;
    }

    /**
     * The material of one mesh part drawn with {@code drawn}.
     *
     * @param part the part's own material in its model
     * @param hasUvs whether the part's mesh has texture coordinates
     * @param where the record file, for messages
     */
    MaterialModelV2 material(String name, DrawnMaterial drawn, MaterialData part, boolean hasUvs, String where) {
        MaterialModelV2 m = new MaterialModelV2();
        m.setName(name);
        m.setDoubleSided(true);
        m.setRoughnessFactor(drawn.roughness());
        m.setMetallicFactor(drawn.metallic());
        float[] factor = {1, 1, 1, 1};
        TextureData texture = null;
        switch (drawn.surface()) {
            case ASSET -> {
                factor = part.baseColor();
                texture = part.baseColorTexture();
            }
            case TEXTURE -> texture = hasUvs ? assets.image(drawn.image(), where + ": " + drawn.path() + ".image") : null;
            case BASE_COLOR, PROCEDURAL -> factor = new float[] {drawn.linearColor()[0], drawn.linearColor()[1],
                    drawn.linearColor()[2], 1};
        }
        m.setBaseColorFactor(factor);
        if (texture != null && hasUvs) {
            m.setBaseColorTexture(texture(texture));
            m.setBaseColorTexcoord(0);
            if (!drawn.uv().identity()) transforms.put(m, drawn.uv());
        }
        if (drawn.raw() != null) m.setExtras(Map.of("mirage", drawn.raw()));
        return m;
    }

    /** Whether the renderer multiplied the mesh's vertex colours in (the asset's own surface only). */
    static boolean vertexColors(DrawnMaterial drawn) {
        return drawn.surface() == DrawnMaterial.Surface.ASSET;
    }

    /**
     * Adds the UV transforms to the written glTF, whose materials are {@code order} (jgltf's model has no place
     * for an extension of a texture reference).
     */
    void addTextureTransforms(GlTF gltf, List<MaterialModel> order) {
        if (transforms.isEmpty()) return;
        gltf.addExtensionsUsed(TEXTURE_TRANSFORM);
        for (int i = 0; i < order.size(); i++) {
            DrawnMaterial.Uv uv = transforms.get(order.get(i));
            if (uv == null) continue;
            TextureInfo info = gltf.getMaterials().get(i).getPbrMetallicRoughness().getBaseColorTexture();
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("offset", List.of(uv.offsetU(), uv.offsetV()));
            t.put("rotation", Math.toRadians(uv.rotationDeg()));
            t.put("scale", List.of(uv.scale(), uv.scale()));
            info.addExtensions(TEXTURE_TRANSFORM, t);
        }
    }

    private DefaultTextureModel texture(TextureData data) {
        return textures.computeIfAbsent(data, d -> {
            DefaultImageModel image = new DefaultImageModel();
            image.setName(d.source().substring(d.source().lastIndexOf('/') + 1));   // the file name, no folders
            image.setMimeType("image/png");
            image.setImageData(ByteBuffer.wrap(png(d)));
            DefaultTextureModel texture = new DefaultTextureModel();
            texture.setImageModel(image);
            return texture;
        });
    }

    private static byte[] png(TextureData d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngWriter writer = new PngWriter()) {
            writer.writeRgb(new RgbaImage(d.width(), d.height(), d.rgba()), out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return out.toByteArray();
    }
}
