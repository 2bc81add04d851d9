package mirage.labelling;

import org.joml.Matrix4d;
import org.joml.Matrix4fc;

/**
 * A model-to-camera transform split as {@code [R diag(scale) | t]}: R a rotation, scale the per-axis scale of the
 * model's x, y, z, t metres. Exact for any transform without shear, which is what the object sampler builds
 * ({@code T R S T(-centre)} with S diagonal): the columns of the 3x3 part are {@code scale[j]} times the columns of R,
 * so each column's length is its scale and dividing by it leaves R. Computed in double from the float matrices the
 * renderer used.
 */
record Pose(double[] modelToCamera, double[] rotation, double[] translation, double[] scale) {
    static Pose of(Matrix4fc worldToCamera, Matrix4fc modelToWorld) {
        Matrix4d m = new Matrix4d(worldToCamera).mul(new Matrix4d(modelToWorld));
        double[] s = new double[3];
        for (int col = 0; col < 3; col++) {
            double x = m.get(col, 0), y = m.get(col, 1), z = m.get(col, 2);
            s[col] = Math.sqrt(x * x + y * y + z * z);
        }
        double[] r = new double[9];
        for (int row = 0; row < 3; row++)
            for (int col = 0; col < 3; col++) r[row * 3 + col] = m.get(col, row) / s[col];
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
