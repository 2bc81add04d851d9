package mirage.report.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The camera, light and storage-order conversions, checked against what each is defined to do. */
class GlbGeometryTest {
    private static final double EPS = 1e-12;

    @Test
    void columnMajorIsTheTranspose() {
        double[] m = new double[16];
        for (int i = 0; i < 16; i++) m[i] = i;
        float[] c = GlbGeometry.columnMajor(m);
        for (int r = 0; r < 4; r++)
            for (int k = 0; k < 4; k++) assertEquals(m[r * 4 + k], c[k * 4 + r]);
    }

    /**
     * A world point w seen by the OpenCV camera at p = world_to_camera w is, in glTF camera axes, (p.x, -p.y, -p.z),
     * and the camera node takes that back to w.
     */
    @Test
    void theCameraNodeTakesGltfCameraCoordinatesBackToTheWorld() {
        Random rnd = new Random(5);
        for (int n = 0; n < 50; n++) {
            double[] w2c = rigid(rnd);
            double[] w = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            double[] p = apply(w2c, w);
            double[] back = apply(GlbGeometry.cameraNode(w2c), new double[] {p[0], -p[1], -p[2]});
            for (int i = 0; i < 3; i++) assertEquals(w[i], back[i], 1e-12, "coordinate " + i);
            double[] m = GlbGeometry.cameraNode(w2c);
            assertEquals(List.of(0.0, 0.0, 0.0, 1.0), List.of(m[12], m[13], m[14], m[15]), "affine");
        }
    }

    @Test
    void aLightNodesMinusZIsTheDirectionOfTravelInARightHandedFrame() {
        Random rnd = new Random(9);
        double[][] directions = new double[52][];
        directions[0] = new double[] {0, -1, 0};
        directions[1] = new double[] {0, 1, 0};
        for (int i = 2; i < directions.length; i++) directions[i] = unit(rnd);
        for (double[] d : directions) {
            double[] m = GlbGeometry.lightNode(new double[] {1, 2, 3}, d);
            for (int r = 0; r < 3; r++) assertEquals(d[r], -m[r * 4 + 2], 1e-12, "-Z column");
            double[] x = column(m, 0), y = column(m, 1), z = column(m, 2);
            assertEquals(1, dot(x, x), EPS);
            assertEquals(1, dot(y, y), EPS);
            assertEquals(0, dot(x, y), EPS);
            assertEquals(0, dot(y, z), EPS);
            assertEquals(1, dot(cross(x, y), z), EPS, "right-handed");
            assertEquals(3, m[11], "at its position");
        }
        double[] point = GlbGeometry.lightNode(new double[] {4, 5, 6}, null);
        assertEquals(1, point[0]);
        assertEquals(5, point[7]);
    }

    /** glTF: tan(xfov / 2) = aspect tan(yfov / 2); the pinhole: tan(xfov / 2) = w / (2 fx), tan(yfov / 2) = h / (2 fy). */
    @Test
    void fovAndAspectReproduceBothFocalLengths() {
        int w = 640, h = 360;
        double fx = 500, fy = 420;
        double yfov = GlbGeometry.yfov(h, fy);
        double aspect = GlbGeometry.aspectRatio(w, h, fx, fy);
        assertEquals(h / (2 * fy), Math.tan(yfov / 2), EPS);
        assertEquals(w / (2 * fx), aspect * Math.tan(yfov / 2), EPS);
        assertEquals((double) w / h, GlbGeometry.aspectRatio(w, h, 300, 300), EPS, "square pixels: w / h");
    }

    static double[] rigid(Random rnd) {
        double[] a = unit(rnd), b = unit(rnd);
        double[] x = a, z = normalized(cross(a, b)), y = cross(z, x);
        return new double[] {x[0], x[1], x[2], rnd.nextGaussian(), y[0], y[1], y[2], rnd.nextGaussian(),
                z[0], z[1], z[2], rnd.nextGaussian(), 0, 0, 0, 1};
    }

    static double[] unit(Random rnd) {
        return normalized(new double[] {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()});
    }

    static double[] normalized(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    static double[] column(double[] m, int c) {
        return new double[] {m[c], m[4 + c], m[8 + c]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** The row-major 4x4 {@code m} applied to the point {@code v}. */
    static double[] apply(double[] m, double[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) out[r] = m[r * 4] * v[0] + m[r * 4 + 1] * v[1] + m[r * 4 + 2] * v[2] + m[r * 4 + 3];
        return out;
    }
}
