package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.assets.AllowedFolders;
import mirage.assets.AlphaMode;
import mirage.assets.Cube;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TestImages;
import mirage.assets.TestModels;
import mirage.assets.TextureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * glTF metallic-roughness materials (factors, the five texture slots, emissive strength, alpha modes) and OBJ/MTL
 * maps in the same slots, imported in this JVM and through the worker process (so through {@link ModelCodec}); the
 * tangents of the unit {@link Cube}, whose expected frames follow from its construction.
 */
class PbrMaterialsTest {
    private static final String PBR_MATERIAL = "{\"name\":\"pbr\",\"alphaMode\":\"MASK\",\"alphaCutoff\":0.3,"
            + "\"pbrMetallicRoughness\":{\"baseColorFactor\":[0.2,0.4,0.6,0.8],\"baseColorTexture\":{\"index\":0},"
            + "\"metallicFactor\":0.25,\"roughnessFactor\":0.75,\"metallicRoughnessTexture\":{\"index\":1}},"
            + "\"normalTexture\":{\"index\":2,\"scale\":0.5},\"occlusionTexture\":{\"index\":1,\"strength\":0.6},"
            + "\"emissiveFactor\":[1,0.5,0],\"emissiveTexture\":{\"index\":3},"
            + "\"extensions\":{\"KHR_materials_emissive_strength\":{\"emissiveStrength\":2}}}";
    private static final String IMAGES = ",\"extensionsUsed\":[\"KHR_materials_emissive_strength\"],"
            + "\"textures\":[{\"source\":0},{\"source\":1},{\"source\":2},{\"source\":3}],"
            + "\"images\":[{\"uri\":\"color.png\"},{\"uri\":\"orm.png\"},{\"uri\":\"normal.png\"},{\"uri\":\"glow.png\"}]";

    @TempDir
    Path dir;

    @Test
    void gltfMaterialFillsEverySlotInThisJvmAndThroughTheWorker() throws IOException {
        Path file = cubeWithMaterial(PBR_MATERIAL, IMAGES, "color.png", "orm.png", "normal.png", "glow.png");
        for (Model model : List.of(new AssimpModelLoader().load(file), isolated(file))) {
            MaterialData m = model.materials().get(0);
            assertArrayEquals(new float[] {0.2f, 0.4f, 0.6f, 0.8f}, m.baseColor());
            assertEquals(0.25f, m.metallic());
            assertEquals(0.75f, m.roughness());
            assertEquals(0.5f, m.normalScale());
            assertEquals(0.6f, m.occlusionStrength(), 1e-6);
            assertArrayEquals(new float[] {2, 1, 0}, m.emissive());
            assertEquals(AlphaMode.MASK, m.alphaMode());
            assertEquals(0.3f, m.alphaCutoff(), 1e-6);
            MaterialData.Textures t = m.textures();
            assertSource("color.png", t.baseColor());
            assertSource("orm.png", t.metallic());
            assertSame(t.metallic(), t.roughness(), "one metallic-roughness image, shared");
            assertSame(t.metallic(), t.occlusion(), "occlusion packed in the same image, shared");
            assertSource("normal.png", t.normal());
            assertSource("glow.png", t.emissive());
            assertArrayEquals(TestImages.RGBA_2X2, t.normal().rgba());
        }
    }

    @Test
    void alphaModesAndDefaults() throws IOException {
        String materials = "{\"name\":\"cut\",\"alphaMode\":\"MASK\"},{\"name\":\"glass\",\"alphaMode\":\"BLEND\"},{\"name\":\"plain\"}";
        Path file = cubeWithMaterial(materials, "");
        String gltf = Files.readString(file);
        // three primitives over the same geometry, one per material
        String primitive = "{\"attributes\":{\"POSITION\":0,\"NORMAL\":1,\"TEXCOORD_0\":2},\"indices\":3,\"material\":";
        gltf = gltf.replace(primitive + "0}", primitive + "0}," + primitive + "1}," + primitive + "2}");
        Files.writeString(file, gltf);
        Model model = isolated(file);
        assertEquals(3, model.materials().size());
        assertEquals(AlphaMode.MASK, model.materials().get(0).alphaMode());
        assertEquals(MaterialData.DEFAULT_ALPHA_CUTOFF, model.materials().get(0).alphaCutoff());
        assertEquals(AlphaMode.BLEND, model.materials().get(1).alphaMode());
        MaterialData plain = model.materials().get(2);
        assertEquals(AlphaMode.OPAQUE, plain.alphaMode());
        assertEquals(1f, plain.metallic(), "glTF's default metallicFactor");
        assertEquals(1f, plain.roughness(), "glTF's default roughnessFactor");
        assertArrayEquals(new float[3], plain.emissive());
        assertArrayEquals(new TextureData[6], plain.textures().slots());
    }

    @Test
    void objMapsGoToTheSameSlots() throws IOException {
        for (String name : List.of("color.png", "normal.png", "rough.png", "metal.png", "glow.png"))
            TestImages.writePng(dir.resolve(name), TestImages.argb2x2());
        Path obj = TestModels.objCube(dir, "color.png");
        Files.writeString(dir.resolve("cube.mtl"), "Pr 0.4\nPm 0.9\nKe 0.1 0.2 0.3\nnorm normal.png\nmap_Pr rough.png\n"
                + "map_Pm metal.png\nmap_Ke glow.png\nmap_bump bump_is_not_read.png\n", java.nio.file.StandardOpenOption.APPEND);
        MaterialData m = isolated(obj).materials().get(0);
        assertSource("color.png", m.textures().baseColor());
        assertSource("normal.png", m.textures().normal());
        assertSource("rough.png", m.textures().roughness());
        assertSource("metal.png", m.textures().metallic());
        assertSource("glow.png", m.textures().emissive());
        assertNull(m.textures().occlusion());
        assertEquals(0.4f, m.roughness(), 1e-6);
        assertEquals(0.9f, m.metallic(), 1e-6);
        assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f}, m.emissive(), 1e-6f);
        assertEquals(AlphaMode.OPAQUE, m.alphaMode());
    }

    @Test
    void objWithoutPbrValuesGetsTheDefaults() {
        MaterialData m = isolated(TestModels.objCube(dir, null)).materials().get(0);
        assertEquals(MaterialData.DEFAULT_METALLIC, m.metallic());
        assertEquals(MaterialData.DEFAULT_ROUGHNESS, m.roughness());
    }

    /**
     * The cube's face f has u growing along {@link Cube#U}[f] and v (as written) along {@link Cube#V}[f]. In glTF
     * v = 0 is the image's top, so the image's top is −V and w = −1 (cross(N, U) = V); an OBJ's v = 0 is the bottom
     * row, so its top is +V and w = +1.
     */
    @Test
    void cubeTangentsFollowTheUvs() {
        assertCubeTangents(isolated(TestModels.gltfCube(dir)).meshes().get(0), -1);
        assertCubeTangents(isolated(TestModels.objCube(dir, null)).meshes().get(0), 1);
    }

    @Test
    void meshesWithoutUvsHaveNoTangents() {
        assertNull(isolated(TestModels.stlBinaryCube(dir)).meshes().get(0).tangents());
    }

    private static void assertCubeTangents(MeshData mesh, float w) {
        float[] n = mesh.normals(), t = mesh.tangents();
        assertNotNull(t);
        for (int v = 0; v < mesh.vertexCount(); v++) {
            int f = Cube.faceOf(n[3 * v], n[3 * v + 1], n[3 * v + 2]);
            assertArrayEquals(Cube.U[f], new float[] {t[4 * v], t[4 * v + 1], t[4 * v + 2]}, 1e-6f, "tangent of vertex " + v);
            assertEquals(w, t[4 * v + 3], "handedness of vertex " + v);
        }
    }

    private Model isolated(Path file) {
        return new IsolatedModelLoader(AllowedFolders.of(List.of()), ImportSettings.defaults()).load(file);
    }

    /** The glTF test cube with {@code materials} (its first used by the mesh), {@code extra} appended, and 2x2 PNGs. */
    private Path cubeWithMaterial(String materials, String extra, String... pngs) throws IOException {
        for (String name : pngs) TestImages.writePng(dir.resolve(name), TestImages.argb2x2());
        Path file = TestModels.gltfCube(dir);
        String gltf = Files.readString(file);
        gltf = gltf.replaceFirst("\"materials\":\\[.*?\\]\\}\\}\\],", "\"materials\":[" + materials.replace("$", "\\$") + "],");
        gltf = gltf.substring(0, gltf.length() - 1) + extra + "}";
        Files.writeString(file, gltf);
        return file;
    }

    private void assertSource(String name, TextureData t) {
        assertNotNull(t, name);
        assertEquals(dir.resolve(name).toString(), t.source());
    }
}
