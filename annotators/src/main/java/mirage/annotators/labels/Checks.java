package mirage.annotators.labels;

import java.util.Objects;

/** Argument checks shared by the label records; failures are {@link IllegalArgumentException}s naming the field. */
final class Checks {
    /** Absolute tolerance, scaled by the magnitude of the values compared, for cross-field consistency checks. */
    static final double TOLERANCE = 1e-4;

    private Checks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }

    /** A copy of {@code a}, which must hold exactly {@code n} finite numbers. */
    static double[] finite(double[] a, int n, String name) {
        Objects.requireNonNull(a, name);
        require(a.length == n, name + ": expected " + n + " numbers, got " + a.length);
        for (int i = 0; i < n; i++) require(Double.isFinite(a[i]), name + "[" + i + "] is not finite: " + a[i]);
        return a.clone();
    }

    static double[] finiteOrNull(double[] a, int n, String name) {
        return a == null ? null : finite(a, n, name);
    }

    static void finite(double v, String name) {
        require(Double.isFinite(v), name + " is not finite: " + v);
    }

    static void unitInterval(double v, String name) {
        require(v >= 0 && v <= 1, name + " " + v + " is outside 0..1");
    }

    static void nonBlank(String s, String name) {
        Objects.requireNonNull(s, name);
        require(!s.isBlank(), name + " is blank");
    }

    static boolean near(double a, double b, double scale) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, scale);
    }

    /** Element (r, c) of a row-major 4x4 matrix. */
    static double at4(double[] m, int r, int c) {
        return m[r * 4 + c];
    }

    /** The 4x4 row-major matrix must have the last row {@code [0, 0, 0, 1]}. */
    static void affine(double[] m, String name) {
        for (int c = 0; c < 4; c++) {
            require(near(at4(m, 3, c), c == 3 ? 1 : 0, 0), name + ": last row must be [0, 0, 0, 1]");
        }
    }

    /** The 3x3 row-major matrix must be a rotation: R Rᵀ = I and det R = +1, within {@link #TOLERANCE}. */
    static void rotation(double[] r, String name) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[i * 3] * r[j * 3] + r[i * 3 + 1] * r[j * 3 + 1] + r[i * 3 + 2] * r[j * 3 + 2];
                require(near(dot, i == j ? 1 : 0, 0), name + " is not orthonormal (rows " + i + ", " + j + ")");
            }
        }
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
        require(near(det, 1, 0), name + " has determinant " + det + ", expected +1");
    }

    /** The upper-left 3x3 block of a row-major 4x4 matrix, row-major. */
    static double[] linearPart(double[] m) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) r[i * 3 + j] = at4(m, i, j);
        return r;
    }

    /**
     * A relative file name: non-empty, {@code /}-separated, no leading {@code /}, no drive letter, no empty,
     * {@code .} or {@code ..} segment.
     */
    static void relativePath(String name, String field) {
        Objects.requireNonNull(name, field);
        require(!name.isEmpty(), field + " is empty");
        require(!name.startsWith("/") && !name.contains("\\") && !name.matches("[A-Za-z]:.*"),
                field + " '" + name + "' must be relative and /-separated");
        for (String segment : name.split("/", -1)) {
            require(!segment.isEmpty() && !segment.equals(".") && !segment.equals(".."),
                    field + " '" + name + "' has an empty, '.' or '..' segment");
        }
    }
}
