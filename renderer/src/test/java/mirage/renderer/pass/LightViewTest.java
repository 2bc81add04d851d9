package mirage.renderer.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.core.geom.Aabb;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

/** Shadow frusta contain what they must, GL-free: points are projected with the view's matrix. */
class LightViewTest {
    static final BoundingSphere SCENE = new BoundingSphere(new Vector3f(0.5f, 1, -2), 3);

    static Vector3f ndc(LightView view, Vector3f world) {
        Vector4f clip = view.viewProj().transform(new Vector4f(world, 1), new Vector4f());
        assertTrue(clip.w > 0, "in front of the light");
        return new Vector3f(clip.x / clip.w, clip.y / clip.w, clip.z / clip.w);
    }

    static boolean inside(Vector3f ndc) {
        return Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1 && Math.abs(ndc.z) <= 1;
    }

    /** Every point of the sphere (sampled on its surface) lands inside the orthographic map, for any direction. */
    @Test
    void directionalMapContainsTheWholeSphere() {
        for (Vector3f dir : new Vector3f[] {new Vector3f(0, -1, 0), new Vector3f(0.3f, -0.8f, 0.5f).normalize(), new Vector3f(1, 0, 0)}) {
            LightView view = LightView.directional(dir, SCENE, 1024);
            for (int i = 0; i < 200; i++) {
                double a = i * 2.399963, z = 1 - 2 * (i + 0.5) / 200;   // Fibonacci sphere
                double r = Math.sqrt(1 - z * z);
                Vector3f p = new Vector3f((float) (r * Math.cos(a)), (float) z, (float) (r * Math.sin(a))).mul(SCENE.radius()).add(SCENE.centre());
                assertTrue(inside(ndc(view, p)), dir + ": " + p);
            }
            assertEquals(2 * 1.02f * 3 / 1024, view.texel(), 1e-7f);
        }
    }

    /** Nearer to the light is smaller depth: the map stores the first surface along the travel direction. */
    @Test
    void directionalDepthGrowsAlongTheTravelDirection() {
        Vector3f dir = new Vector3f(0, -1, 0);
        LightView view = LightView.directional(dir, SCENE, 1024);
        float top = ndc(view, new Vector3f(0.5f, 2, -2)).z, bottom = ndc(view, new Vector3f(0.5f, 0, -2)).z;
        assertTrue(top < bottom, top + " vs " + bottom);
    }

    /** A spot's map covers its cone: points on the axis and near the cone's edge, inside the sphere, are in the map. */
    @Test
    void spotMapCoversItsCone() {
        Vector3f pos = new Vector3f(0.5f, 5, -2), dir = new Vector3f(0, -1, 0);
        float cone = 30;
        LightView view = LightView.spot(pos, dir, cone, SCENE, 1024);
        double edge = Math.toRadians(cone - 0.1);
        for (float depth : new float[] {2.5f, 4f, 6.5f}) {
            Vector3f onAxis = new Vector3f(pos).add(0, -depth, 0);
            Vector3f atEdge = new Vector3f(pos).add((float) (depth * Math.tan(edge)), -depth, 0);
            assertTrue(inside(ndc(view, onAxis)), "axis at " + depth);
            assertTrue(inside(ndc(view, atEdge)), "edge at " + depth);
        }
        assertEquals(2 * Math.tan(Math.toRadians(31)) / 1024, view.texel(), 1e-7);
    }

    @Test
    void boundingSphereEnclosesPosedBoxes() {
        Aabb unit = new Aabb(new Vector3f(-0.5f), new Vector3f(0.5f));
        BoundingSphere s = new BoundingSphere.Builder()
                .add(unit, new Matrix4f().translation(2, 0, 0))
                .add(unit, new Matrix4f().translation(-2, 1, 0).scale(2))
                .build();
        // world box: x -3..2.5, y -0.5..2, z -1..1
        assertEquals(-0.25f, s.centre().x(), 1e-6f);
        assertEquals(0.75f, s.centre().y(), 1e-6f);
        assertEquals(0f, s.centre().z(), 1e-6f);
        assertEquals((float) Math.sqrt(5.5 * 5.5 + 2.5 * 2.5 + 2 * 2) / 2, s.radius(), 1e-5f);
        assertNull(new BoundingSphere.Builder().build(), "nothing drawn, no sphere");
    }
}
