package mirage.scenes.sampling;

import mirage.core.geom.Aabb;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * A box in world space with its own orientation: a model's bounding box under the model's scale, rotation and
 * position. Used to keep placed objects apart.
 *
 * @param center world centre, metres
 * @param axes   three orthonormal world directions of the box's edges
 * @param half   half edge lengths along {@code axes}, metres, &gt;= 0
 */
record OrientedBox(Vector3d center, Vector3d[] axes, double[] half) {
    /**
     * Slack added to |axis_i . axis_j| in the separating-axis test, so that nearly parallel edges, whose cross
     * products are close to zero, cannot make an intersection look separated through rounding (Ericson, Real-Time
     * Collision Detection, 4.4.1). Boxes closer than about this fraction of their size count as intersecting.
     */
    private static final double EPSILON = 1e-9;

    /**
     * The box {@code bounds} (model coordinates) occupies under {@code modelToWorld}, an affine transform whose
     * upper 3x3 is a rotation times a positive diagonal scale (columns orthogonal).
     */
    static OrientedBox of(Matrix4dc modelToWorld, Aabb bounds) {
        Vector3d c = Poses.center(bounds);
        Vector3d center = modelToWorld.transformPosition(c, new Vector3d());
        Vector3d[] axes = new Vector3d[3];
        double[] half = new double[3];
        for (int i = 0; i < 3; i++) {
            Vector3d column = modelToWorld.getColumn(i, new Vector3d());
            double length = column.length();
            axes[i] = column.div(length);
            half[i] = 0.5 * ((double) bounds.max().get(i) - bounds.min().get(i)) * length;
        }
        return new OrientedBox(center, axes, half);
    }

    /** True when the two boxes (closed sets) share a point: no separating axis among the 15 candidates. */
    boolean intersects(OrientedBox b) {
        double[][] r = new double[3][3];
        double[][] absR = new double[3][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                r[i][j] = axes[i].dot(b.axes[j]);
                absR[i][j] = Math.abs(r[i][j]) + EPSILON;
            }
        Vector3d d = b.center.sub(center, new Vector3d());
        double[] t = {d.dot(axes[0]), d.dot(axes[1]), d.dot(axes[2])};
        // axes of this box
        for (int i = 0; i < 3; i++) {
            double rb = b.half[0] * absR[i][0] + b.half[1] * absR[i][1] + b.half[2] * absR[i][2];
            if (Math.abs(t[i]) > half[i] + rb) return false;
        }
        // axes of the other box
        for (int j = 0; j < 3; j++) {
            double ra = half[0] * absR[0][j] + half[1] * absR[1][j] + half[2] * absR[2][j];
            double tj = t[0] * r[0][j] + t[1] * r[1][j] + t[2] * r[2][j];
            if (Math.abs(tj) > ra + b.half[j]) return false;
        }
        // cross products axis_i x b.axis_j
        for (int i = 0; i < 3; i++) {
            int i1 = (i + 1) % 3, i2 = (i + 2) % 3;
            for (int j = 0; j < 3; j++) {
                int j1 = (j + 1) % 3, j2 = (j + 2) % 3;
                double ra = half[i1] * absR[i2][j] + half[i2] * absR[i1][j];
                double rb = b.half[j1] * absR[i][j2] + b.half[j2] * absR[i][j1];
                double tl = t[i2] * r[i1][j] - t[i1] * r[i2][j];
                if (Math.abs(tl) > ra + rb) return false;
            }
        }
        return true;
    }
}
