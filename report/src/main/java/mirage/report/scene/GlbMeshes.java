package mirage.report.scene;

import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.creation.AccessorModels;
import de.javagl.jgltf.model.impl.DefaultAccessorModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultMeshPrimitiveModel;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.MeshData;
import mirage.assets.Model;

/**
 * glTF meshes of imported models ({@link Model}: file coordinates, node transforms applied), one primitive per
 * {@link MeshData} with its positions, normals, UVs (TEXCOORD_0, v = 0 at the top of the image, as in glTF) and
 * triangle indices, and its vertex colours (COLOR_0, linear RGBA) where the drawn surface used them. Each mesh's
 * data is stored once however many nodes draw it; each node gets a mesh of its own, since its material is its own.
 */
final class GlbMeshes {
    private record Data(DefaultAccessorModel positions, DefaultAccessorModel normals, DefaultAccessorModel uvs,
            DefaultAccessorModel colors, DefaultAccessorModel indices) {
    }

    private final Map<MeshData, Data> data = new IdentityHashMap<>();
    private final GlbMaterials materials;

    GlbMeshes(GlbMaterials materials) {
        this.materials = materials;
    }

    /** The mesh of {@code model} drawn with {@code drawn}; {@code where} names the record file in messages. */
    DefaultMeshModel mesh(String name, Model model, DrawnMaterial drawn, String where) {
        DefaultMeshModel mesh = new DefaultMeshModel();
        mesh.setName(name);
        List<MeshData> parts = model.meshes();
        for (int i = 0; i < parts.size(); i++) {
            MeshData part = parts.get(i);
            Data d = data.computeIfAbsent(part, GlbMeshes::data);
            DefaultMeshPrimitiveModel p = new DefaultMeshPrimitiveModel(GltfConstants.GL_TRIANGLES);
            p.putAttribute("POSITION", d.positions());
            p.putAttribute("NORMAL", d.normals());
            if (d.uvs() != null) p.putAttribute("TEXCOORD_0", d.uvs());
            if (d.colors() != null && GlbMaterials.vertexColors(drawn)) p.putAttribute("COLOR_0", d.colors());
            p.setIndices(d.indices());
            p.setMaterialModel(materials.material(name + "/" + i, drawn, model.materials().get(part.materialIndex()),
                    d.uvs() != null, where));
            mesh.addMeshPrimitiveModel(p);
        }
        return mesh;
    }

    private static Data data(MeshData m) {
        return new Data(AccessorModels.createFloat3D(FloatBuffer.wrap(m.positions())),
                AccessorModels.createFloat3D(FloatBuffer.wrap(m.normals())),
                m.uvs() == null ? null : AccessorModels.createFloat2D(FloatBuffer.wrap(m.uvs())),
                m.colors() == null ? null : AccessorModels.createFloat4D(FloatBuffer.wrap(m.colors())),
                AccessorModels.createUnsignedIntScalar(IntBuffer.wrap(m.indices())));
    }
}
