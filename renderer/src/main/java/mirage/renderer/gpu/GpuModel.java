package mirage.renderer.gpu;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.Aabb;

/** A model's meshes and base-colour textures on the GPU. Owns them; GL thread only. */
public final class GpuModel implements AutoCloseable {
    /** One drawable part: a mesh with the material it is shaded with. */
    public record Part(GpuMesh mesh, MaterialData material, GpuTexture texture) {}

    private final List<Part> parts = new ArrayList<>();
    private final List<GpuTexture> textures = new ArrayList<>();
    private final Aabb bounds;

    public GpuModel(Model model) {
        bounds = model.bounds();
        try {
            List<GpuTexture> byMaterial = new ArrayList<>();
            for (MaterialData m : model.materials()) {
                GpuTexture t = m.baseColorTexture() == null ? null : new GpuTexture(m.baseColorTexture(), true, true);
                if (t != null) textures.add(t);
                byMaterial.add(t);
            }
            for (MeshData mesh : model.meshes())
                parts.add(new Part(new GpuMesh(mesh), model.materials().get(mesh.materialIndex()), byMaterial.get(mesh.materialIndex())));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
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
