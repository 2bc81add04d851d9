package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mirage.assets.Model;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Procedural surfaces on the camera-facing face of a primitive cube under ambient light 1 and no other light, so a
 * pixel shows the surface's colour itself (sRGB to linear and back). The expected colour at a pixel centre comes
 * from ray casting the mesh (barycentric uv), the UV transform and the pattern's definition; only pixels whose
 * pattern colour does not change within half a pixel are compared.
 */
class ProceduralSurfaceRenderTest extends SharedRenderer {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    static final Model CUBE = PrimitiveMeshes.model(Primitive.CUBE);
    static final Matrix4d POSE = new Matrix4d().translation(0.1, -0.05, 5).scale(3);
    static final Rgb A = new Rgb(0.9f, 0.2f, 0.1f), B = new Rgb(0.1f, 0.3f, 0.8f);
    static Scene propScene(Material material) {
        Prop prop = new Prop(Prop.Role.DISTRACTOR, null, Primitive.CUBE, new Matrix4f(POSE), material);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(), List.of(prop), List.of(), new Rgb(1, 1, 1),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    /** The transformed uv at a pixel, or null off the front face. */
    static double[] uvAt(double u, double v, Material.UvTransform t) {
        Rays.Hit hit = Rays.mesh(CUBE, POSE, Rays.pixel(K, new Matrix4d(), u, v));
        if (hit == null || hit.normal().z > -0.99) return null;
        return Patterns.transform(t, hit.u(), hit.v());
    }

    /** Compares every pixel whose pattern colour is the same at all points within half a pixel; returns how many. */
    static int[] compareTwoColour(RenderedFrame f, Material.Surface.Procedural p, Material.UvTransform t) {
        int[] perColour = new int[2];
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Rgb c = null;
                boolean stable = true;
                for (double du = -0.5; du <= 0.5 && stable; du += 0.25)
                    for (double dv = -0.5; dv <= 0.5 && stable; dv += 0.25) {
                        double[] uv = uvAt(u + du, v + dv, t);
                        Rgb here = uv == null ? null : Patterns.twoColour(p, uv[0], uv[1]);
                        stable = here != null && (c == null || c == here);
                        c = here;
                    }
                if (!stable) continue;
                Shading.assertRgb(Patterns.rgbOf(c), f.color().rgb(u, v), 1, p.pattern() + " at " + u + "," + v);
                perColour[c == p.a() ? 0 : 1]++;
            }
        return perColour;
    }

    @Test
    void checkerShowsTheAnalyticPattern() {
        var p = new Material.Surface.Procedural(Material.Pattern.CHECKER, A, B, 3, 0);
        int[] n = compareTwoColour(renderer.render(propScene(Material.of(p)), new TestAssets(Map.of())), p, Material.UvTransform.IDENTITY);
        assertTrue(n[0] > 500 && n[1] > 500, "both colours compared: " + n[0] + ", " + n[1]);
    }

    @Test
    void stripesShowTheAnalyticPattern() {
        var p = new Material.Surface.Procedural(Material.Pattern.STRIPES, A, B, 4, 0);
        int[] n = compareTwoColour(renderer.render(propScene(Material.of(p)), new TestAssets(Map.of())), p, Material.UvTransform.IDENTITY);
        assertTrue(n[0] > 500 && n[1] > 500, "both colours compared: " + n[0] + ", " + n[1]);
    }

    /** Scale, rotation and offset move the checker exactly as uv' = R (s uv) + o says. */
    @Test
    void uvTransformMovesThePattern() {
        var p = new Material.Surface.Procedural(Material.Pattern.CHECKER, A, B, 2, 0);
        var t = new Material.UvTransform(1.7f, 0.3f, -0.2f, 30);
        Material m = new Material(p, t, 0.5f, 0);
        RenderedFrame f = renderer.render(propScene(m), new TestAssets(Map.of()));
        int[] n = compareTwoColour(f, p, t);
        assertTrue(n[0] > 400 && n[1] > 400, "both colours compared: " + n[0] + ", " + n[1]);
        int[] identity = compareTwoColour(renderer.render(propScene(Material.of(p)), new TestAssets(Map.of())), p,
                Material.UvTransform.IDENTITY);
        assertTrue(identity[0] > 400, "sanity: untransformed pattern also checked");
    }

    /** Noise: the smooth lattice noise of the documented hash, at every face pixel; another seed changes it. */
    @Test
    void noiseFollowsTheSeededLattice() {
        var p = new Material.Surface.Procedural(Material.Pattern.NOISE, A, B, 5, 1234);
        RenderedFrame f = renderer.render(propScene(Material.of(p)), new TestAssets(Map.of()));
        int checked = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                double[] uv = uvAt(u, v, Material.UvTransform.IDENTITY);
                if (uv == null || uvAt(u - 0.5, v - 0.5, Material.UvTransform.IDENTITY) == null
                        || uvAt(u + 0.5, v + 0.5, Material.UvTransform.IDENTITY) == null) continue;
                Shading.assertRgb(Shading.rgbOf(Patterns.noise(p, uv[0], uv[1])), f.color().rgb(u, v), 2, "noise at " + u + "," + v);
                checked++;
            }
        assertTrue(checked > 2000, "checked " + checked);
        var other = new Material.Surface.Procedural(Material.Pattern.NOISE, A, B, 5, 1235);
        RenderedFrame g = renderer.render(propScene(Material.of(other)), new TestAssets(Map.of()));
        int differ = 0;
        for (int i = 0; i < W * H; i++) if (f.color().rgb(i % W, i / W) != g.color().rgb(i % W, i / W)) differ++;
        assertTrue(differ > 1000, "another seed gives another noise: " + differ);
    }

    /**
     * A mesh without UVs (the hand-built unit cube) gets planar UVs: model x, y over the model's extent (1) on its
     * z-facing front face. A checker of 2 cells then has its corners at model x, y = 0, +-0.5.
     */
    @Test
    void planarFallbackUvsCarryThePattern() {
        var p = new Material.Surface.Procedural(Material.Pattern.CHECKER, A, B, 2, 0);
        Matrix4d pose = new Matrix4d().translation(-0.05, 0.08, 3.2).scale(1.6);
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f(pose), Material.of(p));
        Scene s = new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(cube), List.of(), List.of(), new Rgb(1, 1, 1),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
        RenderedFrame f = renderer.render(s, new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(1, 1, 1))));
        Matrix4d inv = pose.invert(new Matrix4d());
        int checked = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Rgb c = null;
                boolean stable = true;
                for (double du = -0.5; du <= 0.5 && stable; du += 0.5)
                    for (double dv = -0.5; dv <= 0.5 && stable; dv += 0.5) {
                        Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u + du, v + dv);
                        double t = Rays.box(pose, ray);
                        Vector3d local = t == Double.POSITIVE_INFINITY ? null : inv.transformPosition(ray.at(t));
                        Rgb here = local == null || local.z > -0.499 ? null : Patterns.twoColour(p, local.x, local.y);
                        stable = here != null && (c == null || c == here);
                        c = here;
                    }
                if (!stable) continue;
                assertEquals(1, f.instances().get(u, v));
                Shading.assertRgb(Patterns.rgbOf(c), f.color().rgb(u, v), 1, "planar checker at " + u + "," + v);
                checked++;
            }
        assertTrue(checked > 800, "checked " + checked);
    }
}
