package mirage.assets;

import static mirage.assets.MeshChecks.assertVec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assets bundled with the default example scene load, with the sizes the scene author relies on. */
class DefaultSceneAssetsTest {
    private static final Path ASSETS = RepoPaths.repo().resolve("examples/default/assets");
    private static final AssetLibrary LIBRARY = new AssetLibrary();

    @ParameterizedTest
    @CsvSource({
        "character.glb, 550, -0.6, 0, -0.3238, 0.6, 1.1, 0.3113",
        "coin.glb,      252, -0.2075, 0, -0.08333, 0.2075, 0.4167, 0.08333",
        "flag.glb,      132, -0.1, 0, -0.1, 0.1, 1.235, 0.585",
        "platform.glb,  144, -1, 0, -1, 1, 0.55, 1"})
    void kenneyModels(String name, int triangles, float x0, float y0, float z0, float x1, float y1, float z1) {
        Model m = LIBRARY.model(ASSETS.resolve("models").resolve(name));
        assertEquals(triangles, m.triangleCount());
        assertEquals(1, m.meshes().size());
        assertVec(x0, y0, z0, m.bounds().min(), 1e-4f);
        assertVec(x1, y1, z1, m.bounds().max(), 1e-4f);
        MaterialData colormap = m.materials().get(0);
        assertEquals("colormap", colormap.name());
        assertEquals(ASSETS.resolve("models/Textures/colormap.png").toString(), colormap.baseColorTexture().source());
        assertEquals(512, colormap.baseColorTexture().width());
        assertEquals(512, colormap.baseColorTexture().height());
        for (float uv : m.meshes().get(0).uvs()) assertTrue(uv >= 0 && uv <= 1, "uv " + uv + " inside the colormap");
    }

    @Test
    void backgrounds() {
        List<Path> files = ImageFiles.list(ASSETS.resolve("backgrounds"));
        assertEquals(List.of("polyhaven_chinese_garden_crop.jpg", "polyhaven_goegap_crop.jpg", "polyhaven_royal_esplanade_crop.jpg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            TextureData t = LIBRARY.image(f);
            assertEquals(1024, t.width());
            assertEquals(512, t.height());
        }
    }

    @Test
    void textures() {
        List<Path> files = ImageFiles.list(ASSETS.resolve("textures"));
        assertEquals(List.of("kenney_prototype_checker.png", "skimage_brick_gray.png", "skimage_gravel_gray.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(1024, LIBRARY.image(files.get(0)).width());
        for (Path grey : files.subList(1, 3)) {
            TextureData t = LIBRARY.image(grey);
            assertEquals(512, t.width());
            assertEquals(512, t.height());
            for (int i = 0; i < t.rgba().length; i += 4) {
                assertEquals(t.rgba()[i], t.rgba()[i + 1]);
                assertEquals(t.rgba()[i], t.rgba()[i + 2]);
            }
        }
    }

    @Test
    void everyFileIsListedInLicensesAndTheSetIsSmall() throws IOException {
        String licences = Files.readString(ASSETS.resolve("LICENSES.md"));
        long total = 0, maps = 0;
        try (Stream<Path> files = Files.walk(ASSETS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = ASSETS.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("hdri/")) maps += Files.size(f);
                else total += Files.size(f);
                if (rel.endsWith(".glb") || rel.endsWith(".obj") || rel.endsWith(".png") || rel.endsWith(".jpg") || rel.endsWith(".hdr"))
                    assertTrue(licences.contains("`" + rel + "`"), rel + " is not listed in LICENSES.md");
            }
        }
        assertTrue(total < 2_000_000, "default assets total " + total + " bytes");
        // the environment maps have a budget of their own: four 1k maps (1024 x 512 is what image-based lighting needs)
        assertTrue(maps < 6_000_000, "environment maps total " + maps + " bytes");
    }
}
