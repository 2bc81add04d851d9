package mirage.assets;

import java.nio.file.Path;
import java.util.List;
import mirage.core.geom.Aabb;

/**
 * An imported asset: plain arrays only, no native memory, safe to share across threads.
 *
 * @param source    absolute path of the file it was imported from
 * @param meshes    at least one mesh with at least one triangle
 * @param materials referenced by {@link MeshData#materialIndex()}
 * @param bounds    bounding box of all vertices, file units
 */
public record Model(Path source, List<MeshData> meshes, List<MaterialData> materials, Aabb bounds) {
    public Model {
        meshes = List.copyOf(meshes);
        materials = List.copyOf(materials);
        if (meshes.isEmpty()) throw new IllegalArgumentException("model has no mesh");
        for (MeshData m : meshes)
            if (m.materialIndex() < 0 || m.materialIndex() >= materials.size())
                throw new IllegalArgumentException("material index out of range: " + m.materialIndex());
    }

    public int triangleCount() {
        return meshes.stream().mapToInt(MeshData::triangleCount).sum();
    }
}
