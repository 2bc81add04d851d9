package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
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
 * A point light straight above a unit cube that hovers over a ground slab (top face y = 0). From a point above it,
 * the cube's shadow on the ground is the central projection of its top face: the square of half-size
 * 0.5 L / (L - top) around the point below the light (L the light's height, top the cube's top). Ground pixels found
 * by ray casting at least {@link #MARGIN} inside it must be ambient-only with shadows on (the lookups cross several
 * cube faces of the shadow map: the footprint spans the -Y face and its neighbours' edges), those outside fully lit
 * by the point light (GGX, inverse square); with shadows off both are lit, and labels do not change.
 */
class PointShadowRenderTest extends SharedRenderer {
    static final int W = 128, H = 96;
    static final CameraIntrinsics K = CameraIntrinsics.fromVerticalFov(W, H, 50);
    static final Matrix4d WORLD_TO_CAMERA = new Matrix4d().scaling(1, -1, -1).lookAt(0.3, 4.0, 4.0, 0, 0, 0, 0, 1, 0);
    static final Matrix4d CUBE = new Matrix4d().translation(0.1, 1.6, -0.1);
    static final Matrix4d GROUND = new Matrix4d().translation(0, -0.05, 0).scale(6, 0.1, 6);
    static final Vector3d LAMP = new Vector3d(0.1, 4.0, -0.1);
    static final double TOP = 2.1, MARGIN = 0.08, AMBIENT = 0.2, POWER = 30;
    static final double HALF = 0.5 * LAMP.y / (LAMP.y - TOP);
    static final Rgb GROUND_COLOUR = new Rgb(0.6f, 0.6f, 0.55f);

    static Scene scene(boolean shadows) {
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f(CUBE), Material.ASSET);
        Prop ground = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f(GROUND),
                Material.of(new Material.Surface.BaseColor(GROUND_COLOUR)));
        float p = (float) POWER, a = (float) AMBIENT;
        Light lamp = Light.point(new Vector3f((float) LAMP.x, (float) LAMP.y, (float) LAMP.z), new Rgb(p, p, p), shadows);
        return new Scene(0, K, new Matrix4f(WORLD_TO_CAMERA), 0.1f, 50f, List.of(cube), List.of(ground), List.of(lamp),
                new Rgb(a, a, a), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    static RenderedFrame render(boolean shadows) {
        return renderer.render(scene(shadows), new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f))));
    }

    static int lit(Vector3d p) {
        double[] base = Shading.linear(GROUND_COLOUR.r(), GROUND_COLOUR.g(), GROUND_COLOUR.b());
        Vector3d eye = WORLD_TO_CAMERA.invert(new Matrix4d()).transformPosition(new Vector3d());
        double[] toEye = Shading.normalize(new double[] {eye.x - p.x, eye.y - p.y, eye.z - p.z});
        double[] d = {LAMP.x - p.x, LAMP.y - p.y, LAMP.z - p.z};
        double dist2 = Shading.dot(d, d);
        double[] toLight = Shading.normalize(d);
        double[] up = {0, 1, 0};
        double[] brdf = Shading.brdfTimesPi(up, toEye, toLight, base, Material.DEFAULT_ROUGHNESS, 0);
        double e = POWER / dist2 * Shading.dot(up, toLight);
        return Shading.rgbOf(new double[] {AMBIENT * base[0] + e * brdf[0], AMBIENT * base[1] + e * brdf[1],
                AMBIENT * base[2] + e * brdf[2]});
    }

    static int ambientOnly() {
        double[] base = Shading.linear(GROUND_COLOUR.r(), GROUND_COLOUR.g(), GROUND_COLOUR.b());
        return Shading.rgbOf(new double[] {AMBIENT * base[0], AMBIENT * base[1], AMBIENT * base[2]});
    }

    /** Distance of a ground point outside the shadow square (positive) or inside it (negative), metres. */
    static double outsideShadow(Vector3d p) {
        double dx = Math.abs(p.x - LAMP.x) - HALF, dz = Math.abs(p.z - LAMP.z) - HALF;
        return dx > 0 || dz > 0 ? Math.hypot(Math.max(dx, 0), Math.max(dz, 0)) : Math.max(dx, dz);
    }

    @Test
    void groundInsideTheProjectedSquareIsAmbientOnlyAndOutsideIsLit() {
        RenderedFrame on = render(true), off = render(false);
        int shadowed = 0, lit = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Vector3d p = ShadowRenderTest.groundPoint(u, v);
                if (p == null) continue;
                double d = outsideShadow(p);
                if (Math.abs(d) < MARGIN) continue;
                String where = "ground pixel " + u + "," + v + " at " + p;
                Shading.assertRgb(lit(p), off.color().rgb(u, v), 2, where + " without shadows");
                if (d < 0) {
                    Shading.assertRgb(ambientOnly(), on.color().rgb(u, v), 1, where + " in the shadow");
                    shadowed++;
                } else {
                    Shading.assertRgb(lit(p), on.color().rgb(u, v), 2, where + " in the lamp's light");
                    lit++;
                }
            }
        assertTrue(shadowed > 300 && lit > 1000, shadowed + " shadowed and " + lit + " lit pixels checked");
        assertArrayEquals(off.instances().ids(), on.instances().ids());
        assertArrayEquals(off.depth().metres(), on.depth().metres());
    }
}
