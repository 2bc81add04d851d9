package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import mirage.assets.AssetLibrary;
import mirage.assets.Model;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** The bundled Kenney character (glb with an external texture) through the real importer and renderer. */
class BundledAssetRenderTest {
    static Path repo() {
        return Path.of(System.getProperty("mirage.repo", "..")).toAbsolutePath().normalize();
    }

    @Test
    void texturedModelAndImageBackgroundRender() throws Exception {
        Path character = repo().resolve("examples/default/assets/models/character.glb");
        Path background = repo().resolve("examples/default/assets/backgrounds/polyhaven_goegap_crop.jpg");
        AssetLibrary assets = new AssetLibrary();
        Model m = assets.model(character);
        Vector3f c = m.bounds().center(new Vector3f());
        float s = 1f / m.bounds().maxExtent();
        Matrix4f modelToWorld = new Matrix4f().rotateY(0.6f).scale(s).translate(-c.x, -c.y, -c.z);
        // Camera 2.5 m in front of the origin, looking at it: OpenCV world-to-camera.
        Matrix4f viewGl = new Matrix4f().lookAt(0, 0.3f, 2.5f, 0, 0, 0, 0, 1, 0);
        Matrix4f w2c = new Matrix4f().scaling(1, -1, -1).mul(viewGl);
        CameraIntrinsics k = CameraIntrinsics.fromVerticalFov(320, 240, 40);
        Light sun = Light.directional(new Vector3f(-0.4f, -0.7f, -0.6f).normalize(), new Rgb(3, 3, 3), false);
        Scene scene = new Scene(0, k, w2c, 0.05f, 100f,
                List.of(new Instance(1, 1, "character", character, modelToWorld, Material.ASSET)),
                List.of(sun), new Rgb(0.2f, 0.2f, 0.2f), new Background.Image(background));
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            RenderedFrame f = r.render(scene, assets);
            save(f.color(), repo().resolve("renderer/target/bundled-character.png"));
            IdImage ids = f.instances();
            long covered = java.util.Arrays.stream(ids.ids()).filter(i -> i == 1).count();
            assertTrue(covered > 2000, "character covers " + covered + " px");
            assertTrue(java.util.Arrays.stream(ids.ids()).allMatch(i -> i == 0 || i == 1), "only known ids");
            Set<Integer> objectColours = new HashSet<>(), backgroundColours = new HashSet<>();
            for (int y = 0; y < 240; y++)
                for (int x = 0; x < 320; x++) (ids.get(x, y) == 1 ? objectColours : backgroundColours).add(f.color().rgb(x, y));
            assertTrue(objectColours.size() > 20, "shaded, textured object has varied colours");
            assertTrue(backgroundColours.size() > 200, "photo background has varied colours");
            assertEquals(255, f.color().rgba()[3] & 0xff, "opaque");
        }
    }

    static void save(RgbaImage img, Path file) throws Exception {
        BufferedImage bi = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.height(); y++) for (int x = 0; x < img.width(); x++) bi.setRGB(x, y, img.rgb(x, y));
        Files.createDirectories(file.getParent());
        ImageIO.write(bi, "png", file.toFile());
    }
}
