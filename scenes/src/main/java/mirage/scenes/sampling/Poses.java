package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.core.geom.Aabb;
import mirage.scenes.spec.BoxSpec;
import mirage.scenes.spec.Distribution;
import mirage.scenes.spec.SupportSpec;
import org.joml.Matrix4d;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Model-to-world transforms of objects and props: M = T(position) * R * S(scale) * T(-pivot), where the pivot is the
 * point of the model placed at the position (its bounding-box centre, or the file origin). Positions come from a
 * box of points, or from a support plane the object rests on.
 */
final class Poses {
    private Poses() {}

    /** Where a pose's position comes from: exactly one of {@code box} and {@code support} is set. */
    record Where(BoxSpec box, SupportSpec support) {
        /** Draws the position: x, y, z from the box, or x, z from the support rectangle (y follows from the pose). */
        Vector3d draw(RandomGenerator rng) {
            if (box != null) return box.sample(rng).toVector3d();
            double x = new Distribution.Uniform(support.minX(), support.maxX()).sample(rng);
            double z = new Distribution.Uniform(support.minZ(), support.maxZ()).sample(rng);
            return new Vector3d(x, 0, z);
        }

        /** The final pose: {@code pose} itself, or lifted so the lowest corner of {@code bounds} rests on the plane. */
        Matrix4d settle(Matrix4d pose, Aabb bounds) {
            return support == null ? pose : rest(pose, bounds, support.height());
        }
    }

    /** T(position) * R * S(scale) * T(-pivot). */
    static Matrix4d compose(Vector3dc position, Quaterniondc rotation, Vector3dc scale, Vector3dc pivot) {
        return new Matrix4d().translation(position).rotate(rotation).scale(scale).translate(-pivot.x(), -pivot.y(), -pivot.z());
    }

    /** {@code pose} moved along world y so that the lowest of the 8 transformed corners of {@code bounds} is at {@code height}. */
    static Matrix4d rest(Matrix4d pose, Aabb bounds, double height) {
        double lowest = Double.POSITIVE_INFINITY;
        for (int corner = 0; corner < 8; corner++) {
            double x = (corner & 1) == 0 ? bounds.min().x() : bounds.max().x();
            double y = (corner & 2) == 0 ? bounds.min().y() : bounds.max().y();
            double z = (corner & 4) == 0 ? bounds.min().z() : bounds.max().z();
            lowest = Math.min(lowest, pose.m01() * x + pose.m11() * y + pose.m21() * z + pose.m31());
        }
        return new Matrix4d(pose).m31(pose.m31() + (height - lowest));
    }

    /** The centre of {@code bounds} in model coordinates. */
    static Vector3d center(Aabb bounds) {
        return new Vector3d((double) bounds.min().x() + bounds.max().x(), (double) bounds.min().y() + bounds.max().y(),
                (double) bounds.min().z() + bounds.max().z()).mul(0.5);
    }
}
