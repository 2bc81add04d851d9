package mirage.cli;

import static org.lwjgl.assimp.Assimp.aiGetErrorString;
import static org.lwjgl.assimp.Assimp.aiImportFile;
import static org.lwjgl.assimp.Assimp.aiProcess_ValidateDataStructure;
import static org.lwjgl.assimp.Assimp.aiReleaseImport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lwjgl.assimp.AICamera;
import org.lwjgl.assimp.AILight;
import org.lwjgl.assimp.AIMatrix4x4;
import org.lwjgl.assimp.AIMesh;
import org.lwjgl.assimp.AINode;
import org.lwjgl.assimp.AIScene;
import org.lwjgl.assimp.AIVector3D;

/**
 * A glTF file as Assimp (LWJGL's build, in this process) reads it: its nodes by name with their world transforms,
 * the first vertex of each node's first mesh, its cameras and its lights, copied into plain values. An independent
 * reader for the tests of {@code mirage scene}: nothing of Mirage's writer is used.
 */
record GlbTree(Map<String, Node> nodes, Map<String, Camera> cameras, Map<String, Light> lights) {
    /** A node: world transform (row-major 4x4) and its first mesh's first vertex (null without a mesh), mesh space. */
    record Node(double[] world, double[] firstVertex, int vertexCount) {
    }

    /** An Assimp camera: fovs in radians, look-at and up in its node's space. */
    record Camera(double horizontalFov, double aspect, double near, double far, double[] lookAt, double[] up,
            double[] position) {
    }

    /** An Assimp light: type (aiLightSource_*), diffuse colour, cone angles (radians), direction and position. */
    record Light(int type, double[] color, double innerCone, double outerCone, double[] direction, double[] position) {
    }

    static GlbTree read(Path file) {
        AIScene scene = aiImportFile(file.toString(), aiProcess_ValidateDataStructure);
        if (scene == null) throw new AssertionError("Assimp cannot read " + file + ": " + aiGetErrorString());
        try {
            Map<String, Node> nodes = new LinkedHashMap<>();
            walk(scene, scene.mRootNode(), identity(), nodes);
            Map<String, Camera> cameras = new LinkedHashMap<>();
            for (int i = 0; i < scene.mNumCameras(); i++) {
                AICamera c = AICamera.create(scene.mCameras().get(i));
                cameras.put(c.mName().dataString(), new Camera(c.mHorizontalFOV(), c.mAspect(), c.mClipPlaneNear(),
                        c.mClipPlaneFar(), vector(c.mLookAt()), vector(c.mUp()), vector(c.mPosition())));
            }
            Map<String, Light> lights = new LinkedHashMap<>();
            for (int i = 0; i < scene.mNumLights(); i++) {
                AILight l = AILight.create(scene.mLights().get(i));
                double[] color = {l.mColorDiffuse().r(), l.mColorDiffuse().g(), l.mColorDiffuse().b()};
                lights.put(l.mName().dataString(), new Light(l.mType(), color, l.mAngleInnerCone(), l.mAngleOuterCone(),
                        vector(l.mDirection()), vector(l.mPosition())));
            }
            return new GlbTree(nodes, cameras, lights);
        } finally {
            aiReleaseImport(scene);
        }
    }

    private static void walk(AIScene scene, AINode node, double[] parent, Map<String, Node> out) {
        double[] world = LabelChecks.multiply(parent, matrix(node.mTransformation()));
        double[] first = null;
        int count = 0;
        if (node.mNumMeshes() > 0) {
            AIMesh mesh = AIMesh.create(scene.mMeshes().get(node.mMeshes().get(0)));
            first = vector(mesh.mVertices().get(0));
            count = mesh.mNumVertices();
        }
        out.put(node.mName().dataString(), new Node(world, first, count));
        for (int i = 0; i < node.mNumChildren(); i++) walk(scene, AINode.create(node.mChildren().get(i)), world, out);
    }

    private static double[] matrix(AIMatrix4x4 m) {
        return new double[] {m.a1(), m.a2(), m.a3(), m.a4(), m.b1(), m.b2(), m.b3(), m.b4(),
                m.c1(), m.c2(), m.c3(), m.c4(), m.d1(), m.d2(), m.d3(), m.d4()};
    }

    private static double[] vector(AIVector3D v) {
        return new double[] {v.x(), v.y(), v.z()};
    }

    /** The JSON chunk of a binary glTF file (header: magic, version, length; then the JSON chunk first). */
    static JsonNode json(Path glb) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(glb)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x46546C67 || b.getInt(4) != 2 || b.getInt(8) != b.capacity())
            throw new AssertionError(glb + ": not a glTF 2.0 binary file");
        if (b.getInt(16) != 0x4E4F534A) throw new AssertionError(glb + ": the first chunk is not JSON");
        return new ObjectMapper().readTree(new String(b.array(), 20, b.getInt(12), StandardCharsets.UTF_8));
    }

    private static double[] identity() {
        return new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    }

    /** The row-major 4x4 {@code m} applied to point (w = 1) or direction (w = 0) {@code v}. */
    static double[] apply(double[] m, double[] v, double w) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) out[r] = m[r * 4] * v[0] + m[r * 4 + 1] * v[1] + m[r * 4 + 2] * v[2] + m[r * 4 + 3] * w;
        return out;
    }
}
