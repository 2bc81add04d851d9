package mirage.report.scene;

/**
 * The geometry of a frame's glTF scene, from the frame record's conventions to glTF's. Mirage's world and glTF's
 * are the same (right-handed, +Y up, metres), so model and prop transforms carry over as they are; only the
 * storage order changes (the record's matrices are row-major, a glTF node {@code matrix} is column-major). Cameras
 * and lights differ by their axes: an OpenCV camera looks down +Z with +Y down, a glTF camera down -Z with +Y up;
 * a glTF directional or spot light shines down its node's -Z.
 */
final class GlbGeometry {
    private GlbGeometry() {
    }

    /** A row-major 4x4 (16 numbers, as in the frame record) as glTF's column-major {@code matrix}. */
    static float[] columnMajor(double[] rowMajor) {
        float[] out = new float[16];
        for (int r = 0; r < 4; r++)
            for (int c = 0; c < 4; c++) out[c * 4 + r] = (float) rowMajor[r * 4 + c];
        return out;
    }

    /**
     * The glTF camera node's transform, row-major: {@code camera_to_world * diag(1, -1, -1, 1)}, where
     * {@code camera_to_world} inverts the record's rigid {@code world_to_camera} ({@code [R^T | -R^T t]}); the
     * flip turns OpenCV camera axes (x right, y down, z forward) into glTF's (x right, y up, looking down -z).
     */
    static double[] cameraNode(double[] worldToCamera) {
        double[] m = new double[16];
        for (int i = 0; i < 3; i++) {
            double t = 0;
            for (int j = 0; j < 3; j++) {
                double rji = worldToCamera[j * 4 + i];   // (R^T)_ij
                m[i * 4 + j] = j == 0 ? rji : -rji;
                t -= rji * worldToCamera[j * 4 + 3];
            }
            m[i * 4 + 3] = t;
        }
        m[15] = 1;
        return m;
    }

    /**
     * A light node's transform, row-major: translation {@code position} (null: the origin) and a rotation whose -Z
     * is {@code direction} (the light's direction of travel, normalised here; null: no rotation, as for a point
     * light). The node's +Y is the world +Y made perpendicular (world +X when the light travels nearly along Y).
     */
    static double[] lightNode(double[] position, double[] direction) {
        double[] m = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        if (direction != null) {
            double[] z = normalized(new double[] {-direction[0], -direction[1], -direction[2]});
            double[] up = Math.abs(z[1]) < 0.9 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
            double[] x = normalized(cross(up, z));
            double[] y = cross(z, x);
            for (int r = 0; r < 3; r++) {
                m[r * 4] = x[r];
                m[r * 4 + 1] = y[r];
                m[r * 4 + 2] = z[r];
            }
        }
        if (position != null)
            for (int r = 0; r < 3; r++) m[r * 4 + 3] = position[r];
        return m;
    }

    /** The vertical field of view, radians, of an image {@code height} pixels high: {@code 2 atan(h / (2 fy))}. */
    static double yfov(int height, double fy) {
        return 2 * Math.atan(height / (2 * fy));
    }

    /**
     * glTF's {@code aspectRatio}, the ratio of the horizontal to the vertical half-angle tangents:
     * {@code (w / (2 fx)) / (h / (2 fy)) = (fy / fx) (w / h)}, which is {@code w / h} for square pixels.
     */
    static double aspectRatio(int width, int height, double fx, double fy) {
        return (fy / fx) * ((double) width / height);
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalized(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
