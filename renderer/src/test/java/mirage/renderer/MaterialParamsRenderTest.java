package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * Roughness and metallic are shading only: they change the colour image (checked against the GGX value at the
 * centre of a camera-facing face) but leave ids, depth, normals and amodal masks bit for bit the same.
 */
class MaterialParamsRenderTest {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    static final Matrix4d CUBE = new Matrix4d().translation(-0.4, 0.1, 3.5).scale(0.9);
    static final Matrix4d SPHERE = new Matrix4d().translation(0.6, -0.1, 3.2).rotateY(0.4);
    static final Rgb COLOUR = new Rgb(0.8f, 0.5f, 0.2f);
    static final float[] LIGHT_DIR = {0.2f, 0.3f, 1f};

    static Scene scene(float roughness, float metallic) {
        Material m = new Material(new Material.Surface.BaseColor(COLOUR), Material.UvTransform.IDENTITY, roughness, metallic);
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f(CUBE), m);
        Prop sphere = new Prop(Prop.Role.DISTRACTOR, null, Primitive.SPHERE, new Matrix4f(SPHERE), m);
        Light sun = Light.directional(new Vector3f(LIGHT_DIR).normalize(), new Rgb(2, 2, 2), false);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(cube), List.of(sphere), List.of(sun), new Rgb(0.1f, 0.1f, 0.1f),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    /** The analytic colour of the cube's front face (normal -z) at a pixel. */
    static int frontFace(int u, int v, float roughness, float metallic) {
        Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
        Vector3d p = ray.at(Rays.box(CUBE, ray));
        double[] base = Shading.linear(COLOUR.r(), COLOUR.g(), COLOUR.b());
        double[] n = {0, 0, -1};
        double[] toLight = Shading.normalize(new double[] {-LIGHT_DIR[0], -LIGHT_DIR[1], -LIGHT_DIR[2]});
        double[] toEye = Shading.normalize(new double[] {-p.x, -p.y, -p.z});
        double[] brdf = Shading.brdfTimesPi(n, toEye, toLight, base, roughness, metallic);
        double nol = Shading.dot(n, toLight);
        return Shading.rgbOf(new double[] {0.1 * base[0] + 2 * nol * brdf[0], 0.1 * base[1] + 2 * nol * brdf[1],
                0.1 * base[2] + 2 * nol * brdf[2]});
    }

    @Test
    void shadingChangesButLabelsDoNot() {
        float[][] params = {{0.5f, 0}, {0.05f, 0}, {0.9f, 0}, {0.3f, 1}, {0.7f, 0.5f}};
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            TestAssets assets = new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(1, 1, 1)));
            RenderedFrame reference = r.render(scene(params[0][0], params[0][1]), assets);
            int[] face = {(int) Math.round(K.projectU(-0.4, 3.05)), (int) Math.round(K.projectV(0.1, 3.05))};
            for (float[] p : params) {
                RenderedFrame f = r.render(scene(p[0], p[1]), assets);
                Shading.assertRgb(frontFace(face[0], face[1], p[0], p[1]), f.color().rgb(face[0], face[1]), 2,
                        "front face at roughness " + p[0] + ", metallic " + p[1]);
                assertArrayEquals(reference.instances().ids(), f.instances().ids());
                assertArrayEquals(reference.depth().metres(), f.depth().metres());
                assertArrayEquals(reference.normals().rgba(), f.normals().rgba());
                assertArrayEquals(reference.amodal().layer(0), f.amodal().layer(0));
                if (p != params[0]) {
                    int differ = 0;
                    for (int y = 0; y < H; y++)
                        for (int x = 0; x < W; x++) if (reference.color().rgb(x, y) != f.color().rgb(x, y)) differ++;
                    assertTrue(differ > 300, "roughness " + p[0] + ", metallic " + p[1] + " changes the image: " + differ);
                }
            }
        }
    }
}
