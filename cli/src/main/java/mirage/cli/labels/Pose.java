package mirage.cli.labels;

import org.joml.Matrix4d;
import org.joml.Matrix4fc;

/**
 * A model-to-camera transform split as {@code [scale R | t]}: R a rotation, scale uniform, t metres.
 * Computed in double from the float matrices the renderer used.
 */
record Pose(double[] modelToCamera, double[] rotation, double[] translation, double scale) {
    static Pose of(Matrix4fc worldToCamera, Matrix4fc modelToWorld) {
        Matrix4d m = new Matrix4d(worldToCamera).mul(new Matrix4d(modelToWorld));
        double s = (Math.sqrt(m.m00() * m.m00() + m.m01() * m.m01() + m.m02() * m.m02())
                + Math.sqrt(m.m10() * m.m10() + m.m11() * m.m11() + m.m12() * m.m12())
                + Math.sqrt(m.m20() * m.m20() + m.m21() * m.m21() + m.m22() * m.m22())) / 3;
        double[] r = new double[9];
        for (int row = 0; row < 3; row++)
            for (int col = 0; col < 3; col++) r[row * 3 + col] = m.get(col, row) / s;
        return new Pose(rowMajor(m), r, new double[] {m.m30(), m.m31(), m.m32()}, s);
    }

    static double[] rowMajor(Matrix4d m) {
        double[] out = new double[16];
        for (int row = 0; row < 4; row++)
            for (int col = 0; col < 4; col++) out[row * 4 + col] = m.get(col, row);
        return out;
    }

    static double[] rowMajor(Matrix4fc m) {
        return rowMajor(new Matrix4d(m));
    }

    /** Camera-space position of a model-space point. */
    double[] apply(double x, double y, double z) {
        double[] m = modelToCamera;
        return new double[] {m[0] * x + m[1] * y + m[2] * z + m[3], m[4] * x + m[5] * y + m[6] * z + m[7],
                m[8] * x + m[9] * y + m[10] * z + m[11]};
    }
}
