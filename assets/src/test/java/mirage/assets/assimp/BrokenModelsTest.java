package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import mirage.assets.AssetException;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every broken input ends in an {@link AssetException} whose message starts with the file and says what is wrong. */
class BrokenModelsTest {
    private final AssimpModelLoader loader = new AssimpModelLoader();

    @TempDir
    Path dir;

    private String failure(Path file) {
        return assertThrows(AssetException.class, () -> loader.load(file)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.glb", "empty.gltf", "empty.obj", "empty.ply", "empty.stl", "empty.fbx"})
    void emptyFile(String name) {
        Path f = TestModels.write(dir.resolve(name), new byte[0]);
        assertEquals(f + ": is empty", failure(f));
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nowhere.glb");
        assertEquals(f + ": does not exist", failure(f));
    }

    @Test
    void folderWithAModelName() throws Exception {
        Path f = Files.createDirectory(dir.resolve("folder.obj"));
        assertEquals(f + ": is not a regular file", failure(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scene.dae", "scene.3ds", "scene.blend", "noextension", "scene.glb.txt"})
    void unsupportedExtension(String name) {
        Path f = TestModels.write(dir.resolve(name), "whatever");
        assertEquals(f + ": unsupported model file extension; allowed: .gltf .glb .obj .ply .stl .fbx", failure(f));
    }

    @Test
    void extensionIsCaseInsensitive() {
        Path upper = TestModels.stlBinaryCube(dir).resolveSibling("CUBE.STL");
        TestModels.write(upper, readAll(dir.resolve("cube.stl")));
        assertEquals(12, loader.load(upper).triangleCount());
    }

    @Test
    void truncatedGlbIsRejectedBeforeAssimp() {
        byte[] whole = readAll(TestModels.glbCube(dir, "whole.glb", null));
        Path f = TestModels.write(dir.resolve("truncated.glb"), Arrays.copyOf(whole, whole.length / 2));
        assertEquals(f + ": is truncated: GLB header declares " + whole.length + " bytes but the file has " + whole.length / 2, failure(f));
    }

    @Test
    void truncatedGlbWithConsistentHeaderFailsInAssimp() {
        byte[] whole = readAll(TestModels.glbCube(dir, "whole.glb", null));
        byte[] cut = Arrays.copyOf(whole, whole.length - 200);
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(8, cut.length);
        Path f = TestModels.write(dir.resolve("cut.glb"), cut);
        assertTrue(failure(f).startsWith(f + ": Assimp could not import it: "), failure(f));
    }

    @Test
    void glbWithoutMagic() {
        Path f = TestModels.write(dir.resolve("fake.glb"), "{\"asset\":{\"version\":\"2.0\"}}");
        assertEquals(f + ": is not a GLB file (does not start with 'glTF')", failure(f));
    }

    @Test
    void gltfThatIsNotJson() {
        Path f = TestModels.write(dir.resolve("fake.gltf"), garbage(300));
        assertEquals(f + ": is not glTF JSON (does not start with '{')", failure(f));
    }

    @Test
    void garbageObj() {
        Path f = TestModels.write(dir.resolve("garbage.obj"), garbage(5000));
        assertEquals(f + ": is not a text OBJ file (binary bytes near the start)", failure(f));
    }

    @Test
    void garbagePly() {
        Path f = TestModels.write(dir.resolve("garbage.ply"), garbage(5000));
        assertEquals(f + ": is not a PLY file (no 'ply' header line)", failure(f));
    }

    @Test
    void garbageStl() {
        Path f = TestModels.write(dir.resolve("garbage.stl"), garbage(5000));
        assertEquals(f + ": is neither a binary STL (84 + 50 bytes per triangle) nor an ASCII STL ('solid' ...)", failure(f));
    }

    @Test
    void garbageFbx() {
        Path f = TestModels.write(dir.resolve("garbage.fbx"), garbage(5000));
        assertEquals(f + ": is neither a binary FBX ('Kaydara FBX Binary' header) nor an ASCII FBX file", failure(f));
    }

    @Test
    void plyWithAHeaderAndGarbageBody() {
        byte[] head = "ply\nformat binary_little_endian 1.0\nelement vertex 100\nproperty float x\nproperty float y\nproperty float z\nelement face 50\nproperty list uchar int vertex_indices\nend_header\n".getBytes();
        byte[] body = garbage(64);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        Path f = TestModels.write(dir.resolve("short.ply"), all);
        assertTrue(failure(f).startsWith(f + ": "), failure(f));
    }

    @Test
    void textObjWithNonsense() {
        Path f = TestModels.write(dir.resolve("nonsense.obj"), "hello world\nthis is not\na model\n");
        assertNoTriangles(f);
    }

    @Test
    void gltfWhoseBinIsMissing() throws Exception {
        Path f = TestModels.gltfCube(dir);
        Files.delete(dir.resolve("cube.bin"));
        String message = failure(f);
        assertTrue(message.startsWith(f + ": Assimp could not import it: "), message);
        assertTrue(message.contains("cube.bin"), message);
    }

    @Test
    void objWhoseTextureIsMissing() {
        Path f = TestModels.objCube(dir, "textures/missing.png");
        assertEquals(f + ": texture 'textures/missing.png' of material 'red' not found (looked for "
                + dir.resolve("textures/missing.png") + ", " + dir.resolve("missing.png") + ")", failure(f));
    }

    @Test
    void objWhoseTextureIsNotAnImage() {
        Path png = TestModels.write(dir.resolve("broken.png"), "not a png at all");
        Path f = TestModels.objCube(dir, "broken.png");
        assertEquals(f + ": texture 'broken.png' of material 'red' cannot be used: " + png
                + ": is not a PNG or JPEG image (no decoder recognises it)", failure(f));
    }

    @Test
    void glbWithCorruptEmbeddedPng() {
        byte[] png = TestImages.encode(TestImages.argb2x2(), "png");
        Arrays.fill(png, 20, png.length, (byte) 0x5A);
        Path f = TestModels.glbCube(dir, "corrupt-texture.glb", png);
        String message = failure(f);
        assertTrue(message.startsWith(f + ": texture '*0' of material 'paint' cannot be used: " + f + ": embedded-0: is corrupt or unsupported: "), message);
    }

    @Test
    void objWithOnlyPointsAndLines() {
        Path f = TestModels.write(dir.resolve("lines.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\np 1 2 3\nl 1 2\nl 2 3 1\n");
        assertNoTriangles(f);
    }

    @Test
    void objWithOnlyVertices() {
        Path f = TestModels.write(dir.resolve("vertices.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\n");
        assertNoTriangles(f);
    }

    @Test
    void objWithAllVerticesAtOnePoint() {
        Path f = TestModels.write(dir.resolve("point.obj"), "v 1 2 3\nv 1 2 3\nv 1 2 3\nf 1 2 3\n");
        assertEquals(f + ": is degenerate: all vertices are at one point (1.0, 2.0, 3.0)", failure(f));
    }

    @Test
    void asciiStlWithInfiniteCoordinate() {
        Path f = TestModels.write(dir.resolve("inf.stl"), "solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1e39 0 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid x\n");
        assertTrue(failure(f).startsWith(f + ": mesh 0 vertex "), failure(f));
    }

    /** Either our own check or Assimp's validation catches it; both say "contains no triangles". */
    private void assertNoTriangles(Path f) {
        String message = failure(f);
        assertTrue(message.equals(f + ": contains no triangles") || message.startsWith(f + ": contains no triangles (Assimp: "), message);
    }

    private static byte[] garbage(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
