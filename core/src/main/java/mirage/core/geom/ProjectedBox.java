package mirage.core.geom;

import org.joml.Matrix4fc;

/**
 * The unclipped image box of a set of model-space points, in continuous pixel-edge coordinates: the first pixel
 * spans [0, 1), so a point projecting to pixel-centre coordinate u lies at edge coordinate u + 0.5.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record ProjectedBox(double x0, double y0, double x1, double y1) {
    /**
     * Projects xyz triples with {@code modelToCamera} (OpenCV camera) and {@code k}; null when a point lies at
     * or behind the camera plane (z <= 0), where the projection is unbounded.
     */
    public static ProjectedBox of(float[] xyz, Matrix4fc modelToCamera, CameraIntrinsics k) {
        double x0 = Double.POSITIVE_INFINITY, y0 = x0, x1 = Double.NEGATIVE_INFINITY, y1 = x1;
        Matrix4fc m = modelToCamera;
        for (int i = 0; i + 2 < xyz.length; i += 3) {
            double px = xyz[i], py = xyz[i + 1], pz = xyz[i + 2];
            double cx = m.m00() * px + m.m10() * py + m.m20() * pz + m.m30();
            double cy = m.m01() * px + m.m11() * py + m.m21() * pz + m.m31();
            double cz = m.m02() * px + m.m12() * py + m.m22() * pz + m.m32();
            if (!(cz > 0)) return null;
            double u = k.projectU(cx, cz) + 0.5, v = k.projectV(cy, cz) + 0.5;
            x0 = Math.min(x0, u);
            y0 = Math.min(y0, v);
            x1 = Math.max(x1, u);
            y1 = Math.max(y1, v);
        }
        return x0 <= x1 ? new ProjectedBox(x0, y0, x1, y1) : null;
    }

    /** Merges two boxes; null stays null (an unbounded part makes the whole unbounded). */
    public static ProjectedBox union(ProjectedBox a, ProjectedBox b) {
        if (a == null || b == null) return null;
        return new ProjectedBox(Math.min(a.x0, b.x0), Math.min(a.y0, b.y0), Math.max(a.x1, b.x1), Math.max(a.y1, b.y1));
    }

    /** True when the box lies inside the image [0, width] x [0, height]. */
    public boolean inside(int width, int height) {
        return x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height;
    }
}
