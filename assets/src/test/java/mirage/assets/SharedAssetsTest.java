package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mirage.assets.assimp.AssimpModelLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model and image of the team's developer asset set (kept outside the repository; see its README), found
 * through {@link RepoPaths#sharedAssets()}: skipped, with a note on how to run it, unless {@code MIRAGE_SHARED_ASSETS}
 * or {@code -Dmirage.shared.assets} names an existing folder (docs/TESTING.md). Triangle counts are the README's
 * "faces (Assimp)" column, except Taxi.fbx (see {@link #MODELS}).
 */
class SharedAssetsTest {
    private static final Path SHARED = RepoPaths.sharedAssets();
    private static final AssimpModelLoader LOADER = new AssimpModelLoader();
    private static final String HOW_TO_RUN = "run with MIRAGE_SHARED_ASSETS=<folder> (or -D"
            + RepoPaths.SHARED_ASSETS_PROPERTY + "=<folder>) naming the developer asset set; see docs/TESTING.md";

    /**
     * Path, triangles, texture expected. Taxi.fbx: the README says 1086 faces (Assimp 5.2.5 `assimp info`); Assimp
     * 6.0.5 reads 750 polygons (720 quads, up to 11-gons), which triangulate into 1596 triangles.
     */
    private static final String[] MODELS = {
        "models/fbx_quaternius/Taxi.fbx, 1596, false",
        "models/fbx_quaternius/TrafficLight.fbx, 842, false",
        "models/glb_cesium_milk_truck/CesiumMilkTruck.glb, 3624, true",
        "models/glb_kenney_platformer/character.glb, 550, true",
        "models/glb_kenney_platformer/coin.glb, 252, true",
        "models/glb_kenney_platformer/flag.glb, 132, true",
        "models/glb_kenney_platformer/platform.glb, 144, true",
        "models/gltf_barrel_pbr/barrel.gltf, 1148, true",
        "models/kenney_platformer_kit_untextured/bridge.glb, 268, false",
        "models/kenney_platformer_kit_untextured/key.stl, 332, false",
        "models/kenney_platformer_kit_untextured/tree.fbx, 280, false",
        "models/kenney_platformer_kit_untextured/tree.glb, 280, false",
        "models/obj_fuze_bottle/fuze.obj, 1000, true",
        "models/obj_spot_textured/spot.obj, 5856, true",
        "models/obj_ycb_banana/textured_simple_reoriented.obj, 15728, true",
        "models/ply/bunny.ply, 16301, false",
        "models/ply/fuze_vertexcolor.ply, 1000, false",
        "models/stl_cad/featuretype.STL, 3476, false",
        "models/stress_stanford_bunny/stanford-bunny.obj, 69451, false"};

    @BeforeEach
    void sharedAssetsAreThere() {
        assumeTrue(SHARED != null, "no developer asset set given: " + HOW_TO_RUN);
        assumeTrue(Files.isDirectory(SHARED), SHARED + " is not a folder: " + HOW_TO_RUN);
    }

    @ParameterizedTest
    @MethodSource("models")
    void model(String path, int triangles, boolean textured) {
        Model m = LOADER.load(SHARED.resolve(path));
        assertEquals(triangles, m.triangleCount(), path);
        boolean hasTexture = m.materials().stream().anyMatch(x -> x.baseColorTexture() != null);
        assertEquals(textured, hasTexture, path + " texture");
        m.meshes().forEach(MeshChecks::assertUnitNormals);
        m.meshes().stream().filter(x -> x.uvs() != null).forEach(MeshChecks::assertUnitTangents);
    }

    static Stream<Arguments> models() {
        return Stream.of(MODELS).map(row -> row.split(",\\s*"))
                .map(c -> Arguments.of(c[0], Integer.parseInt(c[1]), Boolean.parseBoolean(c[2])));
    }

    @Test
    void everyModelFileIsCovered() throws IOException {
        Set<String> listed = Stream.of(MODELS).map(row -> row.split(",")[0]).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.walk(SHARED.resolve("models"))) {
            Set<String> present = files.filter(Files::isRegularFile)
                    .map(p -> SHARED.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.toLowerCase(Locale.ROOT).matches(".*\\.(gltf|glb|obj|ply|stl|fbx)"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, listed);
        }
    }

    @Test
    void plyVertexColoursAndTheMilkTrucksEmbeddedTexture() {
        assertNotNull(LOADER.load(SHARED.resolve("models/ply/fuze_vertexcolor.ply")).meshes().get(0).colors());
        assertNull(LOADER.load(SHARED.resolve("models/ply/bunny.ply")).meshes().get(0).colors());
        Model truck = LOADER.load(SHARED.resolve("models/glb_cesium_milk_truck/CesiumMilkTruck.glb"));
        TextureData t = truck.materials().get(0).baseColorTexture();
        assertEquals(SHARED.resolve("models/glb_cesium_milk_truck/CesiumMilkTruck.glb") + "#embedded-0", t.source());
        assertEquals(2048, t.width());
    }

    /** The barrel's glTF material: base colour, metallic-roughness (one image in two slots) and normal map, 2048². */
    @Test
    void barrelHasItsPbrMaps() {
        Path folder = SHARED.resolve("models/gltf_barrel_pbr");
        Model barrel = LOADER.load(folder.resolve("barrel.gltf"));
        MaterialData.Textures t = barrel.materials().get(0).textures();
        assertEquals(folder.resolve("COLOR.png").toString(), t.baseColor().source());
        assertEquals(folder.resolve("METALLIC-ROUGHNESS.png").toString(), t.metallic().source());
        assertSame(t.metallic(), t.roughness());
        assertEquals(folder.resolve("NORMAL.png").toString(), t.normal().source());
        assertEquals(2048, t.normal().width());
        assertNull(t.occlusion());
        assertNull(t.emissive());
        for (MeshData m : barrel.meshes()) MeshChecks.assertUnitTangents(m);
    }

    @ParameterizedTest
    @CsvSource({
        "textures/skimage_brick_gray.png, 512, 512", "textures/skimage_grass_gray.png, 512, 512",
        "textures/skimage_gravel_gray.png, 512, 512", "textures/kenney_prototype_checker.png, 1024, 1024",
        "textures/godot_rock_albedo.jpg, 1024, 1024", "textures/godot_sand_albedo.jpg, 1024, 1024",
        "textures/godot_bricks.jpg, 1000, 1000", "textures/godot_cheese_albedo.png, 490, 490",
        "textures/godot_rock2_albedo_paletted.png, 1024, 666", "textures/godot_aluminium_gray_npot.png, 745, 745",
        "textures/godot_wood.png, 512, 512", "textures/evillair_e8crete03.jpg, 256, 256",
        "textures/evillair_e8metal01.jpg, 256, 256", "textures/evillair_eq2_rock_01.jpg, 256, 256",
        "textures/evillair_e6grate_flr_rgba.png, 256, 256", "textures/evillair_e6tekmtlrflr.jpg, 256, 256",
        "textures/evillair_e8_mtlwall4.jpg, 256, 256", "textures/evillair_eq2_rock_03.jpg, 256, 256",
        "backgrounds/photo_chelsea_cat.png, 451, 300", "backgrounds/photo_coffee.png, 600, 400",
        "backgrounds/photo_rocket.jpg, 640, 427", "backgrounds/polyhaven_chinese_garden_crop.jpg, 1024, 512",
        "backgrounds/polyhaven_goegap_crop.jpg, 1024, 512", "backgrounds/polyhaven_large_corridor_crop.jpg, 1024, 512",
        "backgrounds/polyhaven_royal_esplanade_crop.jpg, 1024, 512"})
    void image(String path, int width, int height) {
        TextureData t = ImageFiles.read(SHARED.resolve(path));
        assertEquals(width, t.width(), path);
        assertEquals(height, t.height(), path);
    }

    @Test
    void imageFoldersList() {
        assertEquals(18, ImageFiles.list(SHARED.resolve("textures")).size());
        assertEquals(7, ImageFiles.list(SHARED.resolve("backgrounds")).size());
    }
}
