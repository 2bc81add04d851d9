package mirage.core.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.joml.Matrix4f;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

class CameraIntrinsicsTest {
    /**
     * The GL projection and the OpenCV formula agree: a camera-space point goes through glProjection, the
     * perspective divide and the viewport transform, and lands on (u + 0.5, H - v - 0.5) in GL window
     * coordinates (pixel edges, bottom-up), i.e. image pixel (u, v) after the readback's row flip.
     */
    @Test
    void glProjectionMatchesTheOpenCvProjection() {
        CameraIntrinsics k = new CameraIntrinsics(640, 480, 512.3, 498.7, 301.2, 250.9);
        Matrix4f p = k.glProjection(0.1f, 100f, new Matrix4f());
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            double z = rnd.nextDouble(0.5, 50), x = rnd.nextDouble(-1, 1) * z, y = rnd.nextDouble(-1, 1) * z;
            Vector4f clip = p.transform(new Vector4f((float) x, (float) -y, (float) -z, 1));
            double windowX = (clip.x / clip.w + 1) / 2 * 640, windowY = (clip.y / clip.w + 1) / 2 * 480;
            assertEquals(k.projectU(x, z) + 0.5, windowX, 2e-3 * Math.max(1, Math.abs(windowX) / 640));
            assertEquals(480 - k.projectV(y, z) - 0.5, windowY, 2e-3 * Math.max(1, Math.abs(windowY) / 480));
            double depth = clip.z / clip.w;
            assertEquals(true, depth > -1 - 1e-5 && depth < 1 + 1e-5, "inside the depth range: " + depth);
        }
    }

    @Test
    void nearAndFarMapToTheDepthRangeEnds() {
        CameraIntrinsics k = CameraIntrinsics.fromVerticalFov(64, 48, 60);
        Matrix4f p = k.glProjection(0.5f, 20f, new Matrix4f());
        Vector4f near = p.transform(new Vector4f(0, 0, -0.5f, 1)), far = p.transform(new Vector4f(0, 0, -20f, 1));
        assertEquals(-1, near.z / near.w, 1e-5);
        assertEquals(1, far.z / far.w, 1e-5);
    }

    /** With a vertical field of view, rays at +-fov/2 meet the top and bottom image edges (v = -0.5, H - 0.5). */
    @Test
    void verticalFovSpansTheImageHeight() {
        CameraIntrinsics k = CameraIntrinsics.fromVerticalFov(640, 480, 50);
        double t = Math.tan(Math.toRadians(25));
        assertEquals(-0.5, k.projectV(-t * 3, 3), 1e-9);
        assertEquals(479.5, k.projectV(t * 3, 3), 1e-9);
        assertEquals(319.5, k.cx(), 0);
        assertEquals(k.fx(), k.fy(), 0);
    }
}
