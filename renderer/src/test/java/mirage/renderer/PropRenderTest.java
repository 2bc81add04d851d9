package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * A prop (a primitive cube) in front of a labelled cube, against ray casting of both boxes: where the prop is
 * nearer the id is 0 and the depth is the prop's; the instance's amodal mask and silhouette count are exactly those
 * of the scene without the prop. Compared at pixel centres whose ray result does not change within a quarter pixel
 * (away from every outline).
 */
class PropRenderTest extends SharedRenderer {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    static final TestAssets ASSETS = new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f)));
    static final Matrix4d INSTANCE = new Matrix4d().translation(0.15, 0.05, 4.2).rotateY(0.5).rotateX(0.3);
    /** A 0.7 x 0.5 x 0.4 box, nearer the camera, covering the instance's left part. */
    static final Matrix4d PROP = new Matrix4d().translation(-0.25, -0.1, 3.0).rotateZ(0.2).scale(0.7, 0.5, 0.4);

    static Scene scene(boolean withProp) {
        Instance cube = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f(INSTANCE), Material.ASSET);
        List<Prop> props = withProp ? List.of(new Prop(Prop.Role.OCCLUDER, null, Primitive.CUBE, new Matrix4f(PROP),
                Material.of(new Material.Surface.BaseColor(new Rgb(0.1f, 0.7f, 0.3f))))) : List.of();
        Light sun = Light.directional(new Vector3f(0.3f, 0.5f, 1f).normalize(), new Rgb(2, 2, 2), false);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(cube), props, List.of(sun), new Rgb(0.2f, 0.2f, 0.2f),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
    }

    /** 0 background, 1 the instance, 2 the prop: whichever box the ray through (u, v) meets first. */
    static int owner(double u, double v) {
        Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
        double ti = Rays.box(INSTANCE, ray), tp = Rays.box(PROP, ray);
        if (ti == Double.POSITIVE_INFINITY && tp == Double.POSITIVE_INFINITY) return 0;
        return ti < tp ? 1 : 2;
    }

    static boolean awayFromOutlines(int u, int v) {
        int o = owner(u, v);
        for (double du = -0.25; du <= 0.25; du += 0.25)
            for (double dv = -0.25; dv <= 0.25; dv += 0.25)
                if (owner(u + du, v + dv) != o) return false;
        return true;
    }

    @Test
    void propHidesTheInstanceInTheIdsAndDepthButNotInItsAmodalMask() {
        RenderedFrame with = renderer.render(scene(true), ASSETS);
        RenderedFrame without = renderer.render(scene(false), ASSETS);
        int checked = 0, hiddenByProp = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                if (!awayFromOutlines(u, v)) continue;
                int o = owner(u, v);
                assertEquals(o == 1 ? 1 : 0, with.instances().get(u, v), "id at " + u + "," + v);
                if (o == 2) {
                    double t = Rays.box(PROP, Rays.pixel(K, new Matrix4d(), u, v));
                    assertEquals(t, with.depth().get(u, v), 1e-4 * t, "prop depth at " + u + "," + v);
                    assertNotEquals(0, with.normals().rgb(u, v), "prop writes normals");
                    if (without.instances().get(u, v) == 1) hiddenByProp++;
                }
                checked++;
            }
        assertTrue(checked > W * H * 0.8, "most pixels are away from outlines: " + checked);
        assertTrue(hiddenByProp > 100, "the prop hides a good part of the instance: " + hiddenByProp);
        assertArrayEquals(without.amodal().layer(0), with.amodal().layer(0), "amodal mask unchanged by the prop");
        assertArrayEquals(without.silhouettePixels(), with.silhouettePixels());
        assertEquals(without.projectedBoxes(), with.projectedBoxes());
    }

    @Test
    void propIsLitWithItsOwnColour() {
        RenderedFrame f = renderer.render(scene(true), ASSETS);
        int green = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++)
                if (awayFromOutlines(u, v) && owner(u, v) == 2) {
                    int rgb = f.color().rgb(u, v);
                    assertTrue((rgb >> 8 & 0xff) > (rgb >> 16 & 0xff) && (rgb >> 8 & 0xff) > (rgb & 0xff), "green prop");
                    green++;
                }
        assertTrue(green > 150, "prop pixels: " + green);
    }
}
