package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A unit cube hovering over a ground slab (a flattened primitive cube prop, top face y = 0) under a straight-down
 * directional light. The cube's shadow on the ground is its footprint |x|, |z| &lt;= 0.5. Ground pixels found by ray
 * casting at least {@link #MARGIN} inside the footprint must be ambient-only with shadows on, those at least
 * {@link #MARGIN} outside it fully lit (GGX value from {@link Shading}); with shadows off both are lit. Labels
 * never depend on shadows.
 */
class ShadowRenderTest extends SharedRenderer {
    static final int W = 128, H = 96;
    static final CameraIntrinsics K = CameraIntrinsics.fromVerticalFov(W, H, 50);
    static final Matrix4d WORLD_TO_CAMERA = new Matrix4d().scaling(1, -1, -1).lookAt(0.3, 4.0, 4.0, 0, 0, 0, 0, 1, 0);
    static final Matrix4d CUBE = new Matrix4d().translation(0.1, 1.6, -0.1);
    static final Matrix4d GROUND = new Matrix4d().translation(0, -0.05, 0).scale(6, 0.1, 6);
    static final double MARGIN = 0.08, AMBIENT = 0.2, SUN = 2;
    static final Rgb GROUND_COLOUR = new Rgb(0.6f, 0.6f, 0.55f);
    static Scene scene(boolean shadows) {
        return scene(Light.directional(new Vector3f(0, -1, 0), new Rgb((float) SUN, (float) SUN, (float) SUN), shadows));
    }

    /** The cube over the ground slab under one light (also PointShadowRenderTest's scene). */
    static Scene scene(Light light) {
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f(CUBE), Material.ASSET);
        Prop ground = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f(GROUND),
                Material.of(new Material.Surface.BaseColor(GROUND_COLOUR)));
        float a = (float) AMBIENT;
        return new Scene(0, K, new Matrix4f(WORLD_TO_CAMERA), 0.1f, 50f, List.of(cube), List.of(ground), List.of(light),
                new Rgb(a, a, a), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    static RenderedFrame render(boolean shadows) {
        return render(scene(shadows));
    }

    static RenderedFrame render(Scene scene) {
        return renderer.render(scene, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f))));
    }

    /** The ground point a pixel shows (y = 0), or null where the cube is nearer or the ray misses the slab's top. */
    static Vector3d groundPoint(int u, int v) {
        Rays.Ray ray = Rays.pixel(K, WORLD_TO_CAMERA, u, v);
        double t = -ray.origin().y / ray.dir().y;
        Vector3d p = ray.at(t);
        if (t <= 0 || Math.abs(p.x) > 2.9 || Math.abs(p.z) > 2.9 || Rays.box(CUBE, ray) < t) return null;
        return p;
    }

    static int lit(Vector3d p) {
        return lit(p, new double[] {0, 1, 0}, SUN);
    }

    /** Ambient plus one light of {@code irradiance} (radiance x cos, at p) arriving from {@code toLight}, on the ground. */
    static int lit(Vector3d p, double[] toLight, double irradiance) {
        double[] base = Shading.linear(GROUND_COLOUR.r(), GROUND_COLOUR.g(), GROUND_COLOUR.b());
        Vector3d eye = WORLD_TO_CAMERA.invert(new Matrix4d()).transformPosition(new Vector3d());
        double[] toEye = Shading.normalize(new double[] {eye.x - p.x, eye.y - p.y, eye.z - p.z});
        double[] brdf = Shading.brdfTimesPi(new double[] {0, 1, 0}, toEye, toLight, base, Material.DEFAULT_ROUGHNESS, 0);
        return Shading.rgbOf(new double[] {AMBIENT * base[0] + irradiance * brdf[0], AMBIENT * base[1] + irradiance * brdf[1],
                AMBIENT * base[2] + irradiance * brdf[2]});
    }

    static int ambientOnly() {
        double[] base = Shading.linear(GROUND_COLOUR.r(), GROUND_COLOUR.g(), GROUND_COLOUR.b());
        return Shading.rgbOf(new double[] {AMBIENT * base[0], AMBIENT * base[1], AMBIENT * base[2]});
    }

    /** Distance of a ground point outside the footprint (positive) or inside it (negative), metres. */
    static double outsideFootprint(Vector3d p) {
        double dx = Math.abs(p.x - CUBE.m30()) - 0.5, dz = Math.abs(p.z - CUBE.m32()) - 0.5;
        return dx > 0 || dz > 0 ? Math.hypot(Math.max(dx, 0), Math.max(dz, 0)) : Math.max(dx, dz);
    }

    @Test
    void groundInsideTheFootprintIsAmbientOnlyAndOutsideIsLit() throws Exception {
        RenderedFrame on = render(true), off = render(false);
        BundledAssetRenderTest.save(on.color(), BundledAssetRenderTest.repo().resolve("renderer/target/shadow-on.png"));
        int shadowed = 0, sunny = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Vector3d p = groundPoint(u, v);
                if (p == null) continue;
                double d = outsideFootprint(p);
                if (Math.abs(d) < MARGIN) continue;
                assertEquals(0, on.instances().get(u, v), "ground is a prop");
                String where = "ground pixel " + u + "," + v + " at " + p;
                Shading.assertRgb(lit(p), off.color().rgb(u, v), 2, where + " without shadows");
                if (d < 0) {
                    Shading.assertRgb(ambientOnly(), on.color().rgb(u, v), 1, where + " in the shadow");
                    shadowed++;
                } else {
                    Shading.assertRgb(lit(p), on.color().rgb(u, v), 2, where + " in the sun");
                    sunny++;
                }
            }
        assertTrue(shadowed > 150 && sunny > 2000, shadowed + " shadowed and " + sunny + " sunny pixels checked");
    }

    @Test
    void moreLightsThanTheShaderHoldsAreRejected() {
        Scene s = scene(true);
        List<Light> many = java.util.Collections.nCopies(17, s.lights().get(0));
        Scene tooMany = new Scene(0, K, s.worldToCamera(), s.near(), s.far(), s.instances(), s.props(), many, s.ambient(),
                s.background(), SensorEffects.NONE, null);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> renderer.render(tooMany, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(1, 1, 1)))));
        assertEquals("at most 16 lights, got 17", e.getMessage());
    }

    @Test
    void shadowsChangeNoLabel() {
        RenderedFrame on = render(true), off = render(false);
        assertArrayEquals(off.instances().ids(), on.instances().ids());
        assertArrayEquals(off.depth().metres(), on.depth().metres());
        assertArrayEquals(off.normals().rgba(), on.normals().rgba());
        assertArrayEquals(off.amodal().layer(0), on.amodal().layer(0));
        assertTrue(java.util.Arrays.stream(on.instances().ids()).filter(i -> i == 1).count() > 200, "cube in view");
    }
}
