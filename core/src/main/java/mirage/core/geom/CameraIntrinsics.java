package mirage.core.geom;

import org.joml.Matrix4f;

/**
 * Pinhole intrinsics in the OpenCV convention: camera x right, y down, z forward; a camera-space point (X, Y, Z)
 * projects to pixel (u, v) = (fx X/Z + cx, fy Y/Z + cy), where integer (u, v) is the centre of pixel column u,
 * row v (origin top-left). The image covers u in [-0.5, width-0.5] and v in [-0.5, height-0.5].
 * Focal lengths and principal point are in pixels.
 */
public record CameraIntrinsics(int width, int height, double fx, double fy, double cx, double cy) {
    public CameraIntrinsics {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive");
        if (!(fx > 0) || !(fy > 0)) throw new IllegalArgumentException("fx and fy must be positive");
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) throw new IllegalArgumentException("cx and cy must be finite");
    }

    /** Square pixels, principal point at the image centre, vertical field of view in degrees. */
    public static CameraIntrinsics fromVerticalFov(int width, int height, double fovYDegrees) {
        double f = (height / 2.0) / StrictMath.tan(StrictMath.toRadians(fovYDegrees) / 2.0);
        return new CameraIntrinsics(width, height, f, f, (width - 1) / 2.0, (height - 1) / 2.0);
    }

    /** Pixel u of a point in OpenCV camera space. */
    public double projectU(double x, double z) {
        return fx * x / z + cx;
    }

    /** Pixel v of a point in OpenCV camera space. */
    public double projectV(double y, double z) {
        return fy * y / z + cy;
    }

    /**
     * The OpenGL projection matrix equivalent to these intrinsics, for OpenGL eye space (x right, y up, looking
     * down -z). Window coordinates come out bottom-up, so GL row r is image row {@code height-1-r}: the
     * readback flips rows to reach the top-left origin. Derivation: NDC x = 2(u+0.5)/W - 1 and
     * NDC y = 1 - 2(v+0.5)/H, with u, v from the OpenCV projection of (x, -y, -z).
     */
    public Matrix4f glProjection(float near, float far, Matrix4f dest) {
        double w = width, h = height;
        // JOML setters take column-major arguments (m<col><row>).
        return dest.set(
                (float) (2 * fx / w), 0, 0, 0,
                0, (float) (2 * fy / h), 0, 0,
                (float) (1 - 2 * (cx + 0.5) / w), (float) (2 * (cy + 0.5) / h - 1), -(far + near) / (far - near), -1,
                0, 0, -2 * far * near / (far - near), 0);
    }
}
