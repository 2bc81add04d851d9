package mirage.assets.assimp;

import static org.lwjgl.assimp.Assimp.AI_CONFIG_PP_SBP_REMOVE;
import static org.lwjgl.assimp.Assimp.aiCreatePropertyStore;
import static org.lwjgl.assimp.Assimp.aiGetErrorString;
import static org.lwjgl.assimp.Assimp.aiGetVersionMajor;
import static org.lwjgl.assimp.Assimp.aiGetVersionMinor;
import static org.lwjgl.assimp.Assimp.aiGetVersionPatch;
import static org.lwjgl.assimp.Assimp.aiImportFileExWithProperties;
import static org.lwjgl.assimp.Assimp.aiPrimitiveType_LINE;
import static org.lwjgl.assimp.Assimp.aiPrimitiveType_POINT;
import static org.lwjgl.assimp.Assimp.aiProcess_FlipUVs;
import static org.lwjgl.assimp.Assimp.aiProcess_JoinIdenticalVertices;
import static org.lwjgl.assimp.Assimp.aiProcess_PreTransformVertices;
import static org.lwjgl.assimp.Assimp.aiProcess_SortByPType;
import static org.lwjgl.assimp.Assimp.aiProcess_Triangulate;
import static org.lwjgl.assimp.Assimp.aiProcess_ValidateDataStructure;
import static org.lwjgl.assimp.Assimp.aiReleaseImport;
import static org.lwjgl.assimp.Assimp.aiReleasePropertyStore;
import static org.lwjgl.assimp.Assimp.aiSetImportPropertyInteger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.AssetException;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import org.lwjgl.PointerBuffer;
import org.lwjgl.assimp.AIMaterial;
import org.lwjgl.assimp.AIMesh;
import org.lwjgl.assimp.AIPropertyStore;
import org.lwjgl.assimp.AIScene;

/**
 * Imports .gltf, .glb, .obj, .ply, .stl and .fbx files with Assimp into a plain-array {@link Model}: node
 * transforms baked into vertices (file units and axes, no rescaling), triangles only (points and lines dropped),
 * smooth normals generated where missing (see {@link SmoothNormals}), UVs with v = 0 at the top image row,
 * counter-clockwise front faces. Materials are those the meshes use, renumbered in order of first use (see
 * {@link MaterialReader}); vertex colours of PLY files are taken as sRGB and decoded to linear, those of other
 * formats as linear already.
 *
 * <p>This package is the only code that touches Assimp. The file is checked (extension, size, magic bytes) before
 * Assimp opens it; the native scene is always released before {@link #load} returns. Thread-safe: imports run one
 * at a time, because Assimp's C API keeps its last error message in a global.
 */
public final class AssimpModelLoader {
    /**
     * Assimp post-processing applied to every import. No {@code aiProcess_GenSmoothNormals}: on indexed meshes it
     * gives each vertex the normal of its last face, so missing normals are computed by {@link SmoothNormals}.
     */
    static final int FLAGS = aiProcess_Triangulate | aiProcess_JoinIdenticalVertices
            | aiProcess_PreTransformVertices | aiProcess_FlipUVs | aiProcess_SortByPType | aiProcess_ValidateDataStructure;
    /** Most triangles (and most vertices) accepted in one model, summed over its meshes. */
    public static final int MAX_TRIANGLES = 20_000_000;

    private static final Object IMPORT_LOCK = new Object();

    /** The bundled Assimp version, e.g. "6.0.5", for run manifests. */
    public static String assimpVersion() {
        return aiGetVersionMajor() + "." + aiGetVersionMinor() + "." + aiGetVersionPatch();
    }

    /**
     * @param file a model file; relative paths are resolved against the working directory
     * @return the imported model; its {@link Model#source()} is the absolute, normalised path
     * @throws AssetException for a file that is missing, not allowed, malformed, has no triangles, non-finite
     *                        coordinates, a degenerate bounding box, or a texture that cannot be found or decoded
     */
    public Model load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        ModelFormat format = ModelFileCheck.check(abs);
        synchronized (IMPORT_LOCK) {
            AIScene scene = importScene(abs);
            try {
                return convert(scene, abs, format);
            } finally {
                aiReleaseImport(scene);
            }
        }
    }

    private static AIScene importScene(Path file) {
        AIPropertyStore props = aiCreatePropertyStore();
        try {
            aiSetImportPropertyInteger(props, AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
            AIScene scene = aiImportFileExWithProperties(file.toString(), FLAGS, null, props);
            if (scene == null) throw ImportFailure.of(file, aiGetErrorString());
            return scene;
        } finally {
            aiReleasePropertyStore(props);
        }
    }

    private static Model convert(AIScene scene, Path file, ModelFormat format) {
        List<AIMesh> meshes = triangleMeshes(scene, file);
        MaterialReader reader = new MaterialReader(new TextureResolver(scene, file));
        Map<Integer, Integer> remap = new HashMap<>();
        List<MaterialData> materials = new ArrayList<>();
        List<MeshData> out = new ArrayList<>();
        for (AIMesh mesh : meshes) {
            int source = mesh.mMaterialIndex();
            Integer index = remap.get(source);
            if (index == null) {
                index = materials.size();
                materials.add(reader.read(material(scene, source, file)));
                remap.put(source, index);
            }
            out.add(MeshCopier.copy(mesh, index, format == ModelFormat.PLY));
        }
        return ModelAssembler.assemble(file, out, materials);
    }

    /** Meshes with at least one triangle, after checking the totals against {@link #MAX_TRIANGLES}. */
    private static List<AIMesh> triangleMeshes(AIScene scene, Path file) {
        List<AIMesh> meshes = new ArrayList<>();
        long triangles = 0, vertices = 0;
        PointerBuffer all = scene.mMeshes();
        for (int i = 0; i < scene.mNumMeshes(); i++) {
            AIMesh mesh = AIMesh.create(all.get(i));
            int t = MeshCopier.triangleCount(mesh);
            if (t == 0) continue;
            meshes.add(mesh);
            triangles += t;
            vertices += mesh.mNumVertices();
        }
        if (triangles > MAX_TRIANGLES || vertices > MAX_TRIANGLES)
            throw new AssetException(file, "has " + triangles + " triangles and " + vertices + " vertices; the limit is " + MAX_TRIANGLES + " of each");
        return meshes;
    }

    private static AIMaterial material(AIScene scene, int index, Path file) {
        if (index < 0 || index >= scene.mNumMaterials())
            throw new AssetException(file, "a mesh refers to material " + index + " but the file has " + scene.mNumMaterials());
        return AIMaterial.create(scene.mMaterials().get(index));
    }
}
