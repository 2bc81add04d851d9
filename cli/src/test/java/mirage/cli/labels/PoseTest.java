package mirage.cli.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mirage.core.geom.Aabb;
import mirage.core.geom.CameraIntrinsics;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** Pose, 3D box and truncation arithmetic against values worked out by hand. */
class PoseTest {
    /**
     * Camera 5 m in front of the origin on +Z looking at it (OpenCV world-to-camera: x stays, y and z flip,
     * z = 5 - world z); a model scaled by 2, turned 90 degrees about world +Y, at world (1, 0, 0).
     */
    @Test
    void knownPoseDecomposes() {
        Matrix4f w2c = new Matrix4f().scaling(1, -1, -1).translate(0, 0, -5);
        Matrix4f m2w = new Matrix4f().translation(1, 0, 0).rotateY((float) Math.PI / 2).scale(2);
        Pose p = Pose.of(w2c, m2w);
        assertEquals(2, p.scale(), 1e-6);
        double[] t = p.translation();
        assertEquals(1, t[0], 1e-6);
        assertEquals(0, t[1], 1e-6);
        assertEquals(5, t[2], 1e-6);
        // model +X -> world -Z -> camera +Z; model +Y -> world +Y -> camera -Y; model +Z -> world +X -> camera +X
        double[] expected = {0, 0, 1, 0, -1, 0, 1, 0, 0};
        for (int i = 0; i < 9; i++) assertEquals(expected[i], p.rotation()[i], 1e-6, "R[" + i + "]");
        double[] c = p.apply(0.5, 0, 0);
        assertEquals(1, c[0], 1e-6);
        assertEquals(6, c[2], 1e-6);
    }

    @Test
    void boxCornersFollowTheBitOrder() {
        Pose identityAt3 = Pose.of(new Matrix4f().translation(0, 0, 3), new Matrix4f());
        double[] corners = Box3d.corners(identityAt3, new Aabb(new Vector3f(-1, -2, -0.5f), new Vector3f(1, 2, 0.5f)));
        assertEquals(-1, corners[0], 0);                 // corner 0: min x, min y, min z
        assertEquals(1, corners[3 * 1], 0);              // corner 1: max x
        assertEquals(2, corners[3 * 2 + 1], 0);          // corner 2: max y
        assertEquals(3.5, corners[3 * 4 + 2], 0);        // corner 4: max z
        double[] image = Box3d.project(corners, new CameraIntrinsics(100, 100, 50, 50, 49.5, 49.5));
        assertEquals(50 * -1 / 2.5 + 49.5, image[0], 1e-9);
        assertEquals(null, Box3d.project(Box3d.corners(Pose.of(new Matrix4f(), new Matrix4f()),
                new Aabb(new Vector3f(-1), new Vector3f(1))), new CameraIntrinsics(10, 10, 5, 5, 4.5, 4.5)));
    }

    @Test
    void truncationShares() {
        assertEquals(0, FrameLabeler.truncation(-1, 500), 0);       // projection inside the image
        assertEquals(0.75, FrameLabeler.truncation(400, 100), 1e-12);
        assertEquals(1, FrameLabeler.truncation(400, 0), 0);         // wholly outside
        assertEquals(0, FrameLabeler.truncation(100, 100), 0);
    }
}
