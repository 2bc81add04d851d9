package mirage.renderer.gpu;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.geom.Aabb;

/**
 * A model's meshes and material textures on the GPU. Owns them; GL thread only. An image two slots share (glTF's
 * metallic-roughness image, often holding occlusion too) is uploaded once per colour space.
 */
public final class GpuModel implements AutoCloseable {
    /**
     * One drawable part: a mesh with the material it is shaded with.
     *
     * @param texture the material's base-colour texture (sRGB), or null
     * @param maps    the material's other textures
     */
    public record Part(GpuMesh mesh, MaterialData material, GpuTexture texture, Maps maps) {}

    /** A material's textures besides base colour, each null when it has none: emissive is sRGB, the rest linear. */
    public record Maps(GpuTexture metallic, GpuTexture roughness, GpuTexture normal, GpuTexture occlusion, GpuTexture emissive) {}

    private final List<Part> parts = new ArrayList<>();
    private final List<GpuTexture> textures = new ArrayList<>();
    private final Aabb bounds;

    public GpuModel(Model model) {
        bounds = model.bounds();
        try {
            Map<TextureData, GpuTexture> srgb = new IdentityHashMap<>(), linear = new IdentityHashMap<>();
            List<Part> byMaterial = new ArrayList<>();
            for (MaterialData m : model.materials()) {
                MaterialData.Textures t = m.textures();
                byMaterial.add(new Part(null, m, upload(t.baseColor(), srgb, true), new Maps(upload(t.metallic(), linear, false),
                        upload(t.roughness(), linear, false), upload(t.normal(), linear, false),
                        upload(t.occlusion(), linear, false), upload(t.emissive(), srgb, true))));
            }
            for (MeshData mesh : model.meshes()) {
                Part p = byMaterial.get(mesh.materialIndex());
                parts.add(new Part(new GpuMesh(mesh), p.material(), p.texture(), p.maps()));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private GpuTexture upload(TextureData data, Map<TextureData, GpuTexture> uploaded, boolean srgb) {
        if (data == null) return null;
        return uploaded.computeIfAbsent(data, d -> {
            GpuTexture t = new GpuTexture(d, srgb, true);
            textures.add(t);
            return t;
        });
    }

    public List<Part> parts() {
        return parts;
    }

    /** Largest bounding-box edge in file units (for projected texture coordinates on meshes without UVs). */
    public float maxExtent() {
        return bounds.maxExtent();
    }

    /** Bounding box of all vertices, file units. */
    public Aabb bounds() {
        return bounds;
    }

    /** GL objects held: each mesh's vertex array and buffers, and the textures. */
    int glObjectCount() {
        int n = textures.size();
        for (Part p : parts) n += p.mesh().glObjectCount();
        return n;
    }

    @Override
    public void close() {
        for (Part p : parts) p.mesh().close();
        for (GpuTexture t : textures) t.close();
        parts.clear();
        textures.clear();
    }
}
