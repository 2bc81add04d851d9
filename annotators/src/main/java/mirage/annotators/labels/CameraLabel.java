package mirage.annotators.labels;

import java.util.Arrays;

/**
 * The camera of a frame, OpenCV convention: camera x right, y down, z forward, metres. A camera-space point
 * (X, Y, Z) with Z > 0 projects to {@code u = fx X / Z + cx}, {@code v = fy Y / Z + cy}, in pixel-centre
 * coordinates (integer (u, v) is the centre of pixel column u, row v; origin top-left).
 *
 * @param width image width, pixels, {@code >= 1}
 * @param height image height, pixels, {@code >= 1}
 * @param fx focal length in pixels along x, {@code > 0}
 * @param fy focal length in pixels along y, {@code > 0}
 * @param cx principal point column, pixel-centre coordinates
 * @param cy principal point row, pixel-centre coordinates
 * @param near near clipping distance, metres, {@code > 0}
 * @param far far clipping distance, metres, {@code > near}
 * @param worldToCamera 16 numbers, a row-major 4x4 rigid transform (rotation and translation, metres) from
 *     world to the OpenCV camera frame; copied, and returned as a copy
 */
public record CameraLabel(int width, int height, double fx, double fy, double cx, double cy, double near,
        double far, double[] worldToCamera) {
    public CameraLabel {
        Checks.require(width >= 1 && height >= 1, "camera size must be positive: " + width + "x" + height);
        Checks.require(fx > 0 && fy > 0 && Double.isFinite(fx) && Double.isFinite(fy),
                "camera fx and fy must be positive and finite: " + fx + ", " + fy);
        Checks.finite(cx, "camera cx");
        Checks.finite(cy, "camera cy");
        Checks.require(near > 0 && far > near && Double.isFinite(far),
                "camera near and far must satisfy 0 < near < far < inf: " + near + ", " + far);
        worldToCamera = Checks.finite(worldToCamera, 16, "camera world_to_camera");
        Checks.affine(worldToCamera, "camera world_to_camera");
        Checks.rotation(Checks.linearPart(worldToCamera), "camera world_to_camera rotation");
    }

    @Override
    public double[] worldToCamera() {
        return worldToCamera.clone();
    }

    /** The rotation part of {@link #worldToCamera}, 9 numbers row-major. */
    public double[] rotationWorldToCamera() {
        return Checks.linearPart(worldToCamera);
    }

    /** The translation part of {@link #worldToCamera}, metres: the world origin in camera space. */
    public double[] translationWorldToCamera() {
        return new double[] {worldToCamera[3], worldToCamera[7], worldToCamera[11]};
    }

    /** The intrinsic matrix K = [[fx, 0, cx], [0, fy, cy], [0, 0, 1]], 9 numbers row-major. */
    public double[] intrinsicMatrix() {
        return new double[] {fx, 0, cx, 0, fy, cy, 0, 0, 1};
    }

    /** Column u of camera-space point (x, z), pixel-centre coordinates; z must be positive. */
    public double projectU(double x, double z) {
        return fx * x / z + cx;
    }

    /** Row v of camera-space point (y, z), pixel-centre coordinates; z must be positive. */
    public double projectV(double y, double z) {
        return fy * y / z + cy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CameraLabel c && width == c.width && height == c.height && Double.compare(fx, c.fx) == 0
                && Double.compare(fy, c.fy) == 0 && Double.compare(cx, c.cx) == 0 && Double.compare(cy, c.cy) == 0
                && Double.compare(near, c.near) == 0 && Double.compare(far, c.far) == 0
                && Arrays.equals(worldToCamera, c.worldToCamera);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(width, height, fx, fy, cx, cy, near, far) + Arrays.hashCode(worldToCamera);
    }

    @Override
    public String toString() {
        return "CameraLabel[" + width + "x" + height + ", fx=" + fx + ", fy=" + fy + ", cx=" + cx + ", cy=" + cy
                + ", near=" + near + ", far=" + far + ", worldToCamera=" + Arrays.toString(worldToCamera) + "]";
    }
}
