package mirage.labelling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import mirage.core.geom.Aabb;
import mirage.core.geom.CameraIntrinsics;
import org.joml.Matrix3d;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Quaterniond;
import org.joml.Quaternionf;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** Pose, 3D box and truncation arithmetic against values worked out by hand or composed independently. */
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
        assertArrayEquals(new double[] {2, 2, 2}, p.scale(), 1e-6);
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

    /**
     * A model scaled by 0.5, 1, 2 along its own x, y, z, turned about a skew axis, placed off-centre like the object
     * sampler does ({@code T R S T(-centre)}), seen by a tilted camera: the pose splits into exactly that rotation
     * (camera rotation times model rotation) and those scales, and rebuilds the transform of any point.
     */
    @Test
    void perAxisScaleDecomposesExactly() {
        Quaternionf cameraTurn = new Quaternionf().rotateAxis(0.4f, 1, 0.3f, -0.2f);
        Quaternionf modelTurn = new Quaternionf().rotateAxis(1.1f, -0.5f, 0.8f, 0.6f);
        Matrix4f w2c = new Matrix4f().rotation(cameraTurn).translate(0.2f, -0.1f, -4);
        Matrix4f m2w = new Matrix4f().translation(0.3f, 0.5f, -0.7f).rotate(modelTurn).scale(0.5f, 1, 2)
                .translate(-0.1f, -0.2f, 0.05f);
        Pose p = Pose.of(w2c, m2w);

        assertArrayEquals(new double[] {0.5, 1, 2}, p.scale(), 1e-6, "scale of model x, y, z");
        double[] r = p.rotation();
        Matrix3d expected = new Matrix3d().rotation(new Quaterniond(cameraTurn))
                .mul(new Matrix3d().rotation(new Quaterniond(modelTurn)));
        for (int row = 0; row < 3; row++)
            for (int col = 0; col < 3; col++)
                assertEquals(expected.get(col, row), r[row * 3 + col], 1e-6, "R[" + row + "][" + col + "]");
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                double dot = r[i] * r[j] + r[3 + i] * r[3 + j] + r[6 + i] * r[6 + j];   // columns i, j
                assertEquals(i == j ? 1 : 0, dot, 1e-6, "R orthonormal: columns " + i + ", " + j);
            }
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
        assertEquals(1, det, 1e-6);

        Matrix4d m2c = new Matrix4d(w2c).mul(new Matrix4d(m2w));
        double[] s = p.scale(), t = p.translation();
        for (double[] q : new double[][] {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.3, -0.7, 1.9}}) {
            Vector3d want = m2c.transformPosition(new Vector3d(q[0], q[1], q[2]));
            double x = s[0] * q[0], y = s[1] * q[1], z = s[2] * q[2];
            for (int row = 0; row < 3; row++) {
                double got = r[row * 3] * x + r[row * 3 + 1] * y + r[row * 3 + 2] * z + t[row];
                assertEquals(want.get(row), got, 1e-6, "R diag(s) p + t, row " + row);
                assertEquals(want.get(row), p.apply(q[0], q[1], q[2])[row], 1e-6);
            }
        }
    }

    /** Box edges along model x, y, z are the extents times their own scale, along R's columns. */
    @Test
    void boxEdgesFollowThePerAxisScale() {
        Pose p = Pose.of(new Matrix4f().translation(0, 0, 5),
                new Matrix4f().rotateY((float) Math.PI / 2).scale(0.5f, 1, 2));
        double[] c = Box3d.corners(p, new Aabb(new Vector3f(-1, -1, -1), new Vector3f(1, 1, 1)));
        // model +X (extent 2, scale 0.5) -> camera -Z; model +Y (2 x 1) -> +Y; model +Z (2 x 2) -> +X
        assertArrayEquals(new double[] {0, 0, -1}, edge(c, 0, 1), 1e-6);
        assertArrayEquals(new double[] {0, 2, 0}, edge(c, 0, 2), 1e-6);
        assertArrayEquals(new double[] {4, 0, 0}, edge(c, 0, 4), 1e-6);
    }

    private static double[] edge(double[] corners, int from, int to) {
        return new double[] {corners[to * 3] - corners[from * 3], corners[to * 3 + 1] - corners[from * 3 + 1],
                corners[to * 3 + 2] - corners[from * 3 + 2]};
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
