package mirage.assets.assimp;

import static mirage.assets.MeshChecks.assertCubeUvs;
import static mirage.assets.MeshChecks.assertUnitNormalsAndCcw;
import static mirage.assets.MeshChecks.assertVec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import mirage.assets.Cube;
import mirage.assets.MaterialData;
import mirage.assets.MeshChecks;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import mirage.assets.TextureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of the generated unit cube in every allowed format, and of the committed FBX fixture. */
class AssimpFormatsTest {
    private static final UnaryOperator<float[]> IDENTITY = p -> p;
    private static final UnaryOperator<float[]> FLIP_V = uv -> new float[] {uv[0], 1 - uv[1]};
    /** Undoes the glTF cube's node transforms: (p − translation) / scale. */
    private static final UnaryOperator<float[]> GLTF_TO_CUBE = p -> new float[] {
        (p[0] - TestModels.TRANSLATION[0]) / TestModels.SCALE,
        (p[1] - TestModels.TRANSLATION[1]) / TestModels.SCALE,
        (p[2] - TestModels.TRANSLATION[2]) / TestModels.SCALE};

    private final AssimpModelLoader loader = new AssimpModelLoader();

    @TempDir
    Path dir;

    @Test
    void gltfWithBinAppliesNodeTransformsAndKeepsUvsAsWritten() {
        Model model = loader.load(TestModels.gltfCube(dir));
        assertGltfCube(model);
        assertNull(model.materials().get(0).baseColorTexture());
    }

    @Test
    void glbIsTheSameCube() {
        Model model = loader.load(TestModels.glbCube(dir, "cube.glb", null));
        assertGltfCube(model);
        assertEquals(dir.resolve("cube.glb"), model.source());
    }

    @Test
    void glbWithEmbeddedPngDecodesTheTexture() {
        byte[] png = TestImages.encode(TestImages.argb2x2(), "png");
        Model model = loader.load(TestModels.glbCube(dir, "textured.glb", png));
        assertGltfCube(model);
        TextureData tex = model.materials().get(0).baseColorTexture();
        assertNotNull(tex);
        assertEquals(2, tex.width());
        assertEquals(2, tex.height());
        assertArrayEquals(TestImages.RGBA_2X2, tex.rgba());
        assertEquals(dir.resolve("textured.glb") + "#embedded-0", tex.source());
    }

    private static void assertGltfCube(Model model) {
        assertEquals(1, model.meshes().size());
        MeshData mesh = model.meshes().get(0);
        assertEquals(24, mesh.vertexCount());
        assertEquals(12, mesh.triangleCount());
        assertVec(9, 19, 29, model.bounds().min());
        assertVec(11, 21, 31, model.bounds().max());
        assertEquals(List.of("paint"), model.materials().stream().map(MaterialData::name).toList());
        assertArrayEquals(TestModels.BASE_COLOR, model.materials().get(0).baseColor());
        assertUnitNormalsAndCcw(mesh);
        assertCubeUvs(mesh, GLTF_TO_CUBE, IDENTITY);
        assertNull(mesh.colors());
    }

    @Test
    void objWithMtlReadsDiffuseColourAndFlipsV() {
        Model model = loader.load(TestModels.objCube(dir, null));
        assertEquals(1, model.meshes().size());
        MeshData mesh = model.meshes().get(0);
        assertEquals(24, mesh.vertexCount());
        assertEquals(12, mesh.triangleCount());
        assertVec(-0.5f, -0.5f, -0.5f, model.bounds().min());
        assertVec(0.5f, 0.5f, 0.5f, model.bounds().max());
        assertEquals(1, model.materials().size(), "only the used material, not Assimp's DefaultMaterial");
        MaterialData red = model.materials().get(mesh.materialIndex());
        assertEquals("red", red.name());
        assertArrayEquals(new float[] {TestModels.KD[0], TestModels.KD[1], TestModels.KD[2], 1}, red.baseColor());
        assertNull(red.baseColorTexture());
        assertUnitNormalsAndCcw(mesh);
        assertCubeUvs(mesh, IDENTITY, FLIP_V);
    }

    /**
     * Assimp (LWJGL's build) reads no geometry from a UTF-16 OBJ, with or without its byte-order mark: it is refused
     * before import with what to do, not imported as an empty model.
     */
    @Test
    void utf16ObjIsRefusedSayingToSaveItAsUtf8() throws java.io.IOException {
        String text = Files.readString(TestModels.objCube(dir, null));
        for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            Path obj = TestModels.write(dir.resolve("cube-" + cs.name() + ".obj"), ("\uFEFF" + text).getBytes(cs));
            mirage.assets.AssetException e = org.junit.jupiter.api.Assertions.assertThrows(mirage.assets.AssetException.class,
                    () -> loader.load(obj));
            assertEquals(obj + ": is UTF-16 text; Assimp reads OBJ files as UTF-8 (or ASCII) only: save it as UTF-8", e.getMessage());
        }
    }

    @Test
    void objTextureFileIsResolvedNextToTheModel() {
        Files.exists(TestImages.writePng(dir.resolve("paint 1.png"), TestImages.argb2x2()));
        Model model = loader.load(TestModels.objCube(dir, "paint 1.png"));
        TextureData tex = model.materials().get(0).baseColorTexture();
        assertEquals(dir.resolve("paint 1.png").toString(), tex.source());
        assertArrayEquals(TestImages.RGBA_2X2, tex.rgba());
    }

    @Test
    void asciiPlyVertexColoursAreDecodedFromSrgbToLinear() {
        Model model = loader.load(TestModels.plyCube(dir));
        MeshData mesh = model.meshes().get(0);
        assertEquals(8, mesh.vertexCount());
        assertEquals(12, mesh.triangleCount());
        assertVec(-0.5f, -0.5f, -0.5f, model.bounds().min());
        assertVec(0.5f, 0.5f, 0.5f, model.bounds().max());
        assertNull(mesh.uvs());
        assertArrayEquals(new float[] {1, 1, 1, 1}, model.materials().get(0).baseColor());
        float[] p = mesh.positions(), c = mesh.colors();
        assertNotNull(c);
        for (int v = 0; v < 8; v++) {
            int i = (p[3 * v] > 0 ? 1 : 0) | (p[3 * v + 1] > 0 ? 2 : 0) | (p[3 * v + 2] > 0 ? 4 : 0);
            int[] srgb = TestModels.plyColor(i);
            for (int k = 0; k < 3; k++) assertEquals(srgbToLinear(srgb[k]), c[4 * v + k], 1e-6, "vertex " + v + " channel " + k);
            assertEquals(200 / 255.0, c[4 * v + 3], 1e-6, "alpha is not decoded");
            for (int k = 0; k < 3; k++)
                assertEquals(Math.signum(p[3 * v + k]) / Math.sqrt(3), mesh.normals()[3 * v + k], 1e-6, "smooth corner normal");
        }
        assertUnitNormalsAndCcw(mesh);
    }

    private static double srgbToLinear(int byteValue) {
        double s = byteValue / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    @Test
    void binaryAndAsciiStlGiveTheSameCube() {
        for (Path file : List.of(TestModels.stlBinaryCube(dir), TestModels.stlAsciiCube(dir))) {
            Model model = loader.load(file);
            MeshData mesh = model.meshes().get(0);
            assertEquals(24, mesh.vertexCount(), file.toString());
            assertEquals(12, mesh.triangleCount());
            assertVec(-0.5f, -0.5f, -0.5f, model.bounds().min());
            assertVec(0.5f, 0.5f, 0.5f, model.bounds().max());
            assertNull(mesh.uvs());
            assertNull(mesh.colors());
            assertUnitNormalsAndCcw(mesh);
            for (int v = 0; v < mesh.vertexCount(); v++)
                assertEquals(0, Math.min(0, Cube.faceOf(mesh.normals()[3 * v], mesh.normals()[3 * v + 1], mesh.normals()[3 * v + 2])), "flat normals kept");
        }
    }

    @Test
    void pointsAndLinesAreDroppedTrianglesKept() {
        Path f = TestModels.write(dir.resolve("mixed.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 5 5 5\np 4\nl 1 4\nf 1 2 3\n");
        Model model = loader.load(f);
        assertEquals(1, model.triangleCount());
        assertEquals(1, model.meshes().size());
        assertVec(0, 0, 0, model.bounds().min());
        assertVec(1, 1, 0, model.bounds().max());
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1}, model.meshes().get(0).normals(), "generated, facing the winding");
    }

    @Test
    void binaryFbxFixture() throws Exception {
        Path fbx = Path.of(getClass().getResource("/mirage/assets/fbx/TrafficLight.fbx").toURI());
        Model model = loader.load(fbx);
        assertEquals(842, model.triangleCount());
        assertEquals(List.of("TrafficLight", "Green", "Red", "Yellow"), model.materials().stream().map(MaterialData::name).toList());
        for (MaterialData m : model.materials()) assertArrayEquals(new float[] {0.8f, 0.8f, 0.8f, 1}, m.baseColor());
        assertVec(-13.38f, 0.795f, -7.262f, model.bounds().min(), 0.01f);
        assertVec(7.368f, 187.6f, 7.262f, model.bounds().max(), 0.1f);
        model.meshes().forEach(MeshChecks::assertUnitNormals);
    }
}
