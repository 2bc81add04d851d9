package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static mirage.renderer.AnalyticCubeRenderTest.CUBE_ONLY;
import static mirage.renderer.AnalyticCubeRenderTest.H;
import static mirage.renderer.AnalyticCubeRenderTest.K;
import static mirage.renderer.AnalyticCubeRenderTest.W;
import static mirage.renderer.AnalyticCubeRenderTest.hit;
import static mirage.renderer.AnalyticCubeRenderTest.rayCast;
import static mirage.renderer.AnalyticCubeRenderTest.scene;
import static mirage.renderer.AnalyticCubeRenderTest.wellConditioned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.scenes.model.Rgb;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Amodal masks, truncation, depth and normals of unit cubes at known poses, against answers computed
 * independently by ray casting each pixel centre (see AnalyticCubeRenderTest).
 */
class AnalyticLabelsRenderTest extends SharedRenderer {
    static int[] bitMask(int[] bits, int instance) {
        int[] out = new int[bits.length];
        for (int p = 0; p < bits.length; p++) out[p] = (bits[p] >>> (instance - 1)) & 1;
        return out;
    }

    static int[] only(int[] ids, int id) {
        int[] out = new int[ids.length];
        for (int p = 0; p < ids.length; p++) out[p] = ids[p] == id ? 1 : 0;
        return out;
    }

    /** A cube half behind another: its amodal mask is its own silhouette, its visible mask what is left. */
    @Test
    void amodalMaskOfAnOccludedCubeIsItsWholeSilhouette() {
        Matrix4d front = wellConditioned(-0.1, 0.05, 3.1, 0.3, 0.4, 0.1);
        Matrix4d back = wellConditioned(0.45, -0.1, 4.2, 0.9, 0.2, 0.6);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), front, back), CUBE_ONLY);
        int[] bits = f.amodal().layer(0);
        assertArrayEquals(only(rayCast(front), 1), bitMask(bits, 1));
        assertArrayEquals(only(rayCast(back), 1), bitMask(bits, 2));
        long visible = java.util.Arrays.stream(only(f.instances().ids(), 2)).sum();
        long amodal = java.util.Arrays.stream(bitMask(bits, 2)).sum();
        assertTrue(visible > 0 && visible < amodal * 0.9, "back cube partly hidden: " + visible + " of " + amodal);
        assertEquals(-1, f.silhouettePixels()[0], "inside the image: no truncation probe needed");
    }

    /**
     * A cube half outside the image: the silhouette counted on the extended pixel grid equals the ray-cast count
     * over that grid, and the in-image part equals the amodal mask.
     */
    @Test
    void silhouetteBeyondTheImageIsCountedOnTheSamePixelGrid() {
        Matrix4d pose = wellConditioned(1.9, 0.3, 3.6, 0.4, 0.9, 0.3, -W, 2 * W, -H, 2 * H);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), pose), CUBE_ONLY);
        long expectedAll = 0, expectedInside = 0;
        for (int v = -H; v < 2 * H; v++)
            for (int u = -W; u < 2 * W; u++) {
                Vector3d dir = new Vector3d((u - K.cx()) / K.fx(), (v - K.cy()) / K.fy(), 1);
                if (hit(pose, dir) < Double.POSITIVE_INFINITY) {
                    expectedAll++;
                    if (u >= 0 && u < W && v >= 0 && v < H) expectedInside++;
                }
            }
        assertNotNull(f.projectedBoxes().get(0));
        assertTrue(expectedInside > 100 && expectedAll > expectedInside * 1.3, "cube is partly outside");
        assertEquals(expectedInside, java.util.Arrays.stream(bitMask(f.amodal().layer(0), 1)).sum());
        assertEquals(expectedAll, f.silhouettePixels()[0]);
    }

    /** Depth is camera z of the hit point: t along a ray whose direction has z = 1. */
    @Test
    void depthIsTheCameraZOfTheSurface() {
        Matrix4d pose = wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), pose), CUBE_ONLY);
        int checked = 0;
        for (int v = 0; v < H; v += 3)
            for (int u = 0; u < W; u += 3) {
                double t = hit(pose, new Vector3d((u - K.cx()) / K.fx(), (v - K.cy()) / K.fy(), 1));
                float d = f.depth().get(u, v);
                if (t == Double.POSITIVE_INFINITY) {
                    assertEquals(0f, d, "background depth at " + u + "," + v);
                } else {
                    assertEquals(t, d, 1e-4 * t, "depth at " + u + "," + v);
                    checked++;
                }
            }
        assertTrue(checked > 30);
    }

    /** Each visible pixel's normal is its cube face's normal in OpenCV camera axes, encoded as (n + 1) / 2. */
    @Test
    void normalsAreTheVisibleFacesNormals() {
        Matrix4d pose = wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), pose), CUBE_ONLY);
        Matrix4d inv = pose.invert(new Matrix4d());
        int checked = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                Vector3d dir = new Vector3d((u - K.cx()) / K.fx(), (v - K.cy()) / K.fy(), 1);
                double t = hit(pose, dir);
                int encoded = f.normals().rgb(u, v);
                if (t == Double.POSITIVE_INFINITY) {
                    assertEquals(0, encoded);
                    continue;
                }
                Vector3d local = inv.transformPosition(new Vector3d(dir).mul(t));
                int axis = Math.abs(local.x) > Math.abs(local.y) ? (Math.abs(local.x) > Math.abs(local.z) ? 0 : 2)
                        : (Math.abs(local.y) > Math.abs(local.z) ? 1 : 2);
                if (Math.abs(Math.abs(local.get(axis)) - 0.5) > 1e-3) continue;   // near an edge: face ambiguous
                Vector3d n = new Vector3d();
                n.setComponent(axis, Math.signum(local.get(axis)));
                pose.transformDirection(n).normalize();
                int[] expected = {enc(n.x), enc(n.y), enc(n.z)};
                int[] actual = {encoded >> 16 & 0xff, encoded >> 8 & 0xff, encoded & 0xff};
                for (int c = 0; c < 3; c++)
                    assertTrue(Math.abs(expected[c] - actual[c]) <= 1, "normal at " + u + "," + v + " channel " + c
                            + ": " + actual[c] + " vs " + expected[c]);
                checked++;
            }
        assertTrue(checked > 300);
    }

    static int enc(double n) {
        return (int) Math.round((n + 1) / 2 * 255);
    }
}
