package mirage.physics;

import java.util.Objects;
import org.joml.Matrix3d;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * Checks and splits the affine poses of {@link PhysicsWorld}: a T·R·S matrix has an affine last row, non-zero
 * mutually orthogonal columns (no shear) and a positive determinant (no mirror); its column lengths are S and the
 * columns divided by them are R.
 */
final class Poses {
    /** Relative tolerance on column orthogonality and, for rigid poses, unit column length. */
    static final double TOLERANCE = 1e-4;

    private Poses() {}

    static Matrix4d checkTrs(Matrix4dc m, String field) {
        Objects.requireNonNull(m, field);
        if (!m.isFinite()) throw new IllegalArgumentException(field + " must be finite, got\n" + m);
        if (m.m03() != 0 || m.m13() != 0 || m.m23() != 0 || m.m33() != 1)
            throw new IllegalArgumentException(field + " must be affine (last row 0 0 0 1), got\n" + m);
        Vector3d s = scale(m);
        if (!(s.x > 0 && s.y > 0 && s.z > 0)) throw new IllegalArgumentException(field + " has a zero scale: " + s);
        Vector3d[] c = columns(m);
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                if (Math.abs(c[i].dot(c[j])) > TOLERANCE * c[i].length() * c[j].length())
                    throw new IllegalArgumentException(field + " has shear (columns " + i + " and " + j + " are not orthogonal)");
        if (!(m.determinant3x3() > 0)) throw new IllegalArgumentException(field + " mirrors (negative determinant)");
        return new Matrix4d(m);
    }

    static Matrix4d checkRigid(Matrix4dc m, String field) {
        Matrix4d out = checkTrs(m, field);
        Vector3d s = scale(m);
        if (Math.abs(s.x - 1) > TOLERANCE || Math.abs(s.y - 1) > TOLERANCE || Math.abs(s.z - 1) > TOLERANCE)
            throw new IllegalArgumentException(field + " must be rigid (no scale), got scale " + s);
        return out;
    }

    /** Column lengths of the upper 3×3. */
    static Vector3d scale(Matrix4dc m) {
        Vector3d[] c = columns(m);
        return new Vector3d(c[0].length(), c[1].length(), c[2].length());
    }

    /** The rotation: columns of the upper 3×3 divided by their lengths, re-orthonormalised. */
    static Matrix3d rotation(Matrix4dc m) {
        Vector3d[] c = columns(m);
        Vector3d x = c[0].normalize();
        Vector3d y = c[1].sub(new Vector3d(x).mul(x.dot(c[1]))).normalize();
        Vector3d z = new Vector3d(x).cross(y);
        return new Matrix3d(x, y, z);
    }

    private static Vector3d[] columns(Matrix4dc m) {
        return new Vector3d[] {new Vector3d(m.m00(), m.m01(), m.m02()), new Vector3d(m.m10(), m.m11(), m.m12()),
                new Vector3d(m.m20(), m.m21(), m.m22())};
    }
}
