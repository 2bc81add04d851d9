package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.scenes.model.Light;
import mirage.scenes.model.Rgb;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * A point light straight above a unit cube that hovers over a ground slab (top face y = 0). From a point above it,
 * the cube's shadow on the ground is the central projection of its top face: the square of half-size
 * 0.5 L / (L - top) around the point below the light (L the light's height, top the cube's top). Ground pixels found
 * by ray casting at least {@link ShadowRenderTest#MARGIN} inside it must be ambient-only with shadows on (the lookups
 * cross several cube faces of the shadow map: the footprint spans the -Y face and its neighbours' edges), those outside
 * fully lit by the point light (GGX, inverse square); with shadows off both are lit, and labels do not change.
 */
class PointShadowRenderTest extends SharedRenderer {
    static final Vector3d LAMP = new Vector3d(0.1, 4.0, -0.1);   // straight above ShadowRenderTest's cube
    static final double TOP = 2.1, POWER = 30;                     // the cube's top face; the lamp's radiance
    static final double HALF = 0.5 * LAMP.y / (LAMP.y - TOP);

    static RenderedFrame render(boolean shadows) {
        float p = (float) POWER;
        return ShadowRenderTest.render(ShadowRenderTest.scene(
                Light.point(new Vector3f((float) LAMP.x, (float) LAMP.y, (float) LAMP.z), new Rgb(p, p, p), shadows)));
    }

    /** Lit by the lamp: radiance / d^2 times the cosine at the ground (normal +Y). */
    static int lit(Vector3d p) {
        double[] d = {LAMP.x - p.x, LAMP.y - p.y, LAMP.z - p.z};
        double[] toLight = Shading.normalize(d);
        return ShadowRenderTest.lit(p, toLight, POWER / Shading.dot(d, d) * toLight[1]);
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
        for (int v = 0; v < ShadowRenderTest.H; v++)
            for (int u = 0; u < ShadowRenderTest.W; u++) {
                Vector3d p = ShadowRenderTest.groundPoint(u, v);
                if (p == null) continue;
                double d = outsideShadow(p);
                if (Math.abs(d) < ShadowRenderTest.MARGIN) continue;
                String where = "ground pixel " + u + "," + v + " at " + p;
                Shading.assertRgb(lit(p), off.color().rgb(u, v), 2, where + " without shadows");
                if (d < 0) {
                    Shading.assertRgb(ShadowRenderTest.ambientOnly(), on.color().rgb(u, v), 1, where + " in the shadow");
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
