package mirage.report.scene;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.javagl.jgltf.model.creation.GltfModelBuilder;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import de.javagl.jgltf.model.impl.DefaultSceneModel;
import de.javagl.jgltf.model.io.v2.GltfAssetV2;
import de.javagl.jgltf.model.io.v2.GltfAssetWriterV2;
import de.javagl.jgltf.model.io.v2.GltfAssetsV2;
import java.nio.file.Path;
import java.util.Map;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.assets.Model;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.dataset.AtomicWriter;

/**
 * One frame of a rendered dataset as a binary glTF 2.0 scene, to look at in Blender or any glTF viewer. The glTF
 * world is Mirage's (right-handed, +Y up, metres). Nodes, all at the scene's root:
 * <ul>
 *   <li>{@code instance-<index>-<category>} per labelled instance: matrix = the record's {@code model_to_world},
 *       mesh = its asset's meshes as imported (node transforms applied), material = the drawn one
 *       ({@link GlbMaterials}); {@code extras.mirage}: index, category, category_id, asset;
 *   <li>{@code <role>-<k>-<shape or model file>} per prop (distractor, occluder), k from 1 in record order:
 *       matrix = its {@code model_to_world}, mesh = the primitive or model; {@code extras.mirage}: the record's prop;
 *   <li>{@code camera} ({@link GlbCamera}) and {@code light-<k>-<type>} per light ({@link GlbLights}).
 * </ul>
 * The scene's {@code extras.mirage} holds {@code frame}, {@code file_name}, {@code split} (with splits) and the
 * record's other {@code scene} keys as they are: the camera's draws ({@code camera}), {@code ambient},
 * {@code background}, {@code effects}, and the placement report where there is one. Not carried: the background
 * itself (glTF has no backdrop), the ambient light, the sensor effects, shadows and procedural patterns (each
 * recorded in extras instead), and the labels (masks, boxes, keypoints).
 */
public final class SceneGlb {
    private final SceneAssets assets;
    private final String where;
    private final GlbMaterials materials;
    private final GlbMeshes meshes;
    private final DefaultSceneModel root = new DefaultSceneModel();

    private SceneGlb(SceneAssets assets, Path record) {
        this.assets = assets;
        this.where = record.toString();
        this.materials = new GlbMaterials(assets);
        this.meshes = new GlbMeshes(materials);
    }

    /**
     * Writes the scene of {@code label} to {@code out} through {@link AtomicWriter} (whole or not at all).
     *
     * @param record the record file the label was read from, named in errors
     * @param assets where the record's models and images are loaded from
     */
    public static void write(FrameLabel label, Path record, SceneAssets assets, Path out) {
        GltfAssetV2 asset = build(label, record, assets);
        AtomicWriter.write(out, o -> new GltfAssetWriterV2().writeBinary(asset, o));
    }

    /** The glTF of the frame, ready to write. */
    static GltfAssetV2 build(FrameLabel label, Path record, SceneAssets assets) {
        SceneRecord scene = SceneRecord.of(label, record);
        SceneGlb glb = new SceneGlb(assets, record);
        glb.root.setName(label.stem());
        glb.root.setExtras(Map.of("mirage", extras(label, scene)));
        glb.instances(label, scene);
        glb.props(scene);
        glb.root.addNode(GlbCamera.node(label.camera()));
        GlbLights lights = new GlbLights();
        for (SceneRecord.Light l : scene.lights()) glb.root.addNode(lights.node(l));
        return glb.finish(lights);
    }

    private void instances(FrameLabel label, SceneRecord scene) {
        for (InstanceLabel inst : label.instances()) {
            int k = inst.index() - 1;
            Model model = assets.model(inst.asset(), where + ": $.instances[" + k + "].asset");
            DrawnMaterial drawn = scene.materials().isEmpty() ? DrawnMaterial.ASSET_DEFAULT : scene.materials().get(k);
            String name = "instance-" + inst.index() + "-" + inst.category();
            ObjectNode info = JsonNodeFactory.instance.objectNode().put("index", inst.index())
                    .put("category", inst.category()).put("category_id", inst.categoryId()).put("asset", inst.asset());
            root.addNode(node(name, meshes.mesh(name, model, drawn, where), inst.pose().modelToWorld(),
                    Map.of("mirage", info)));
        }
    }

    private void props(SceneRecord scene) {
        for (int k = 0; k < scene.props().size(); k++) {
            SceneRecord.Prop p = scene.props().get(k);
            Model model = p.shape() != null ? PrimitiveMeshes.model(p.shape())
                    : assets.model(p.asset(), where + ": " + p.path() + ".asset");
            String name = p.role() + "-" + (k + 1) + "-" + (p.shape() != null ? p.shape().specName()
                    : Path.of(p.asset()).getFileName());
            root.addNode(node(name, meshes.mesh(name, model, p.material(), where), p.modelToWorld(),
                    Map.of("mirage", p.raw())));
        }
    }

    private GltfAssetV2 finish(GlbLights lights) {
        GltfModelBuilder builder = GltfModelBuilder.create();
        builder.addSceneModel(root);
        DefaultGltfModel model = builder.build();
        if (lights.any()) {
            model.addExtension(GlbLights.EXTENSION, lights.root());
            model.getExtensionsModel().addExtensionUsed(GlbLights.EXTENSION);
        }
        GltfAssetV2 asset = GltfAssetsV2.createBinary(model);
        materials.addTextureTransforms(asset.getGltf(), model.getMaterialModels());
        return asset;
    }

    private static DefaultNodeModel node(String name, DefaultMeshModel mesh, double[] modelToWorld, Object extras) {
        DefaultNodeModel node = new DefaultNodeModel();
        node.setName(name);
        node.addMeshModel(mesh);
        node.setMatrix(GlbGeometry.columnMajor(modelToWorld));
        node.setExtras(extras);
        return node;
    }

    private static ObjectNode extras(FrameLabel label, SceneRecord scene) {
        ObjectNode x = JsonNodeFactory.instance.objectNode();
        x.put("frame", label.frame());
        x.put("file_name", label.fileName());
        if (label.split() != null) x.put("split", label.split());
        if (scene.rest() != null) x.setAll(scene.rest());
        return x;
    }
}
