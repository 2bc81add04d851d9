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
import java.util.Objects;
import mirage.assets.AllowedFolders;
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
 * Assimp opens it; every other file the import reads (buffers, material libraries, textures) must lie inside the
 * model's own folder or one of the {@link AllowedFolders} given to the constructor (see {@link ConfinedFileIO},
 * {@link TextureResolver}); the result passes {@link ModelAssembler}'s checks; the native scene is always released
 * before {@link #load} returns. Thread-safe: imports run one at a time, because Assimp's C API keeps its last
 * error message in a global.
 *
 * <p>This loader runs Assimp in the calling JVM, so a malformed file that crashes or hangs Assimp takes the JVM
 * with it. Use it for trusted files and tests; {@link IsolatedModelLoader} runs it in a child process.
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

    private final AllowedFolders folders;

    /** A loader that lets a model read files in its own folder (and below) only. */
    public AssimpModelLoader() {
        this(AllowedFolders.of(List.of()));
    }

    /** A loader that lets a model read files in its own folder and in {@code folders}. */
    public AssimpModelLoader(AllowedFolders folders) {
        this.folders = Objects.requireNonNull(folders, "folders");
    }

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
        AllowedFolders allowed = abs.getParent() == null ? folders : folders.with(abs.getParent());
        synchronized (IMPORT_LOCK) {
            try (ConfinedFileIO io = new ConfinedFileIO(abs, allowed); AssimpWarnings warnings = new AssimpWarnings()) {
                AIScene scene = importScene(abs, io);
                if (warnings.malformation() != null) {
                    aiReleaseImport(scene);
                    throw new AssetException(abs, "is malformed (Assimp repaired it: " + warnings.malformation() + ")");
                }
                try {
                    return convert(scene, abs, format, allowed);
                } finally {
                    aiReleaseImport(scene);
                }
            }
        }
    }

    /** The imported scene; a file refused by {@code io} fails the import even if Assimp carried on without it. */
    private static AIScene importScene(Path file, ConfinedFileIO io) {
        AIPropertyStore props = aiCreatePropertyStore();
        try {
            aiSetImportPropertyInteger(props, AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
            AIScene scene = aiImportFileExWithProperties(file.toString(), FLAGS, io.struct(), props);
            if (io.refusal() != null) {
                if (scene != null) aiReleaseImport(scene);
                throw new AssetException(file, io.refusal());
            }
            if (scene == null) throw ImportFailure.of(file, aiGetErrorString());
            return scene;
        } finally {
            aiReleasePropertyStore(props);
        }
    }

    private static Model convert(AIScene scene, Path file, ModelFormat format, AllowedFolders allowed) {
        checkCounts(scene, file);
        List<AIMesh> meshes = triangleMeshes(scene, file);
        MaterialReader reader = new MaterialReader(new TextureResolver(scene, file, allowed));
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
            try {
                out.add(MeshCopier.copy(mesh, index, format == ModelFormat.PLY));
            } catch (IllegalStateException e) {
                throw new AssetException(file, "is malformed: " + e.getMessage(), e);
            }
        }
        return ModelAssembler.assemble(file, out, materials);
    }

    /** Refuses absurd scene-level counts before any array is walked. */
    private static void checkCounts(AIScene scene, Path file) {
        checkCount(file, scene.mNumMeshes(), ModelAssembler.MAX_MESHES, "meshes");
        checkCount(file, scene.mNumMaterials(), ModelAssembler.MAX_MATERIALS, "materials");
        checkCount(file, scene.mNumTextures(), ModelAssembler.MAX_TEXTURES, "embedded textures");
    }

    /** {@code count} is an unsigned C int: negative as a Java int means above 2^31. */
    private static void checkCount(Path file, int count, int max, String what) {
        if (count < 0 || count > max)
            throw new AssetException(file, "has " + Integer.toUnsignedString(count) + " " + what + "; the limit is " + max);
    }

    /** Meshes with at least one triangle, after checking the totals against {@link #MAX_TRIANGLES}. */
    private static List<AIMesh> triangleMeshes(AIScene scene, Path file) {
        List<AIMesh> meshes = new ArrayList<>();
        long triangles = 0, vertices = 0;
        PointerBuffer all = scene.mMeshes();
        for (int i = 0; i < scene.mNumMeshes(); i++) {
            AIMesh mesh = AIMesh.create(all.get(i));
            checkCount(file, mesh.mNumVertices(), MAX_TRIANGLES, "vertices in mesh " + i);
            checkCount(file, mesh.mNumFaces(), MAX_TRIANGLES, "faces in mesh " + i);
            int t = MeshCopier.triangleCount(mesh);
            if (t == 0) continue;
            meshes.add(mesh);
            triangles += t;
            vertices += mesh.mNumVertices();
        }
        if (triangles > MAX_TRIANGLES || vertices > MAX_TRIANGLES)
            throw new AssetException(file, "has " + triangles + " triangles and " + vertices + " vertices; the limit is "
                    + MAX_TRIANGLES + " of each");
        return meshes;
    }

    private static AIMaterial material(AIScene scene, int index, Path file) {
        if (index < 0 || index >= scene.mNumMaterials())
            throw new AssetException(file, "a mesh refers to material " + index + " but the file has " + scene.mNumMaterials());
        return AIMaterial.create(scene.mMaterials().get(index));
    }
}
