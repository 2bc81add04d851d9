package mirage.annotators.labels;

/** Small row-major matrix helpers for building consistent test labels. */
public final class Geometry {
    private Geometry() {
    }

    /** Rotation by {@code degrees} about the unit axis (ax, ay, az) (Rodrigues), 9 numbers row-major. */
    public static double[] rotation(double ax, double ay, double az, double degrees) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        double x = ax / n, y = ay / n, z = az / n;
        double a = Math.toRadians(degrees), c = Math.cos(a), s = Math.sin(a), t = 1 - c;
        return new double[] {
                t * x * x + c, t * x * y - s * z, t * x * z + s * y,
                t * x * y + s * z, t * y * y + c, t * y * z - s * x,
                t * x * z - s * y, t * y * z + s * x, t * z * z + c};
    }

    /** [scale R | t; 0 0 0 1], 16 numbers row-major. */
    public static double[] affine(double[] r, double[] t, double scale) {
        return affine(r, t, new double[] {scale, scale, scale});
    }

    /** [R diag(scale) | t; 0 0 0 1], 16 numbers row-major: column j of R times scale[j]. */
    public static double[] affine(double[] r, double[] t, double[] scale) {
        double[] m = new double[16];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) m[i * 4 + j] = r[i * 3 + j] * scale[j];
            m[i * 4 + 3] = t[i];
        }
        m[15] = 1;
        return m;
    }

    /** Product of two 4x4 row-major matrices. */
    public static double[] mul(double[] a, double[] b) {
        double[] m = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = 0;
                for (int k = 0; k < 4; k++) s += a[i * 4 + k] * b[k * 4 + j];
                m[i * 4 + j] = s;
            }
        }
        return m;
    }

    /** Inverse of a rigid 4x4 transform [R | t]: [Rᵀ | -Rᵀ t]. */
    public static double[] rigidInverse(double[] m) {
        double[] r = new double[9];
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) r[i * 3 + j] = m[j * 4 + i];
        }
        for (int i = 0; i < 3; i++) t[i] = -(r[i * 3] * m[3] + r[i * 3 + 1] * m[7] + r[i * 3 + 2] * m[11]);
        return affine(r, t, 1);
    }

    /** {@code R diag(scale) p + t}: p scaled per axis, then rotated and moved. */
    public static double[] apply(double[] r, double[] t, double[] scale, double[] p) {
        double x = scale[0] * p[0], y = scale[1] * p[1], z = scale[2] * p[2];
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = r[i * 3] * x + r[i * 3 + 1] * y + r[i * 3 + 2] * z + t[i];
        return out;
    }
}
