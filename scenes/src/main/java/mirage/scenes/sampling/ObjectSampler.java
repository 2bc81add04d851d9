package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.error.MirageException;
import mirage.core.geom.Aabb;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.Vec3;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3f;

/** Samples the instances of one object entry (count and poses) from its {@code objects/<j>} stream. */
final class ObjectSampler {
    private final ObjectSpec spec;
    private final Vector3d bboxCenter;
    private final double fitFactor;

    /**
     * @param bounds the asset's bounds in file units
     * @param field  the entry's spec path ({@code objects[j]}), for messages
     */
    ObjectSampler(ObjectSpec spec, Aabb bounds, String field) {
        this.spec = spec;
        this.bboxCenter = new Vector3d(bounds.center(new Vector3f()));
        this.fitFactor = spec.fitSize() == null ? 1.0 : fitFactor(spec.fitSize(), bounds, field);
    }

    private double fitFactor(double fitSize, Aabb bounds, String field) {
        double extent = bounds.maxExtent();
        if (!(extent > 0) || !Double.isFinite(extent))
            throw new MirageException(field + ".fit_size: the asset " + spec.asset().path()
                    + " has an empty bounding box (largest edge " + extent + "), so it cannot be scaled to fit");
        return fitSize / extent;
    }

    /** Draws the count, then per instance: position (x, y, z), rotation, scale. */
    List<Matrix4d> sample(RandomGenerator rng) {
        int count = spec.count().sampleInt(rng);
        List<Matrix4d> poses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Vec3 position = spec.position().sample(rng);
            Quaterniond rotation = Rotations.sample(spec.rotation(), rng);
            double scale = spec.scale().sample(rng);
            poses.add(modelToWorld(position, rotation, scale));
        }
        return poses;
    }

    /** T(position) * R * S(scale * fitFactor) * T(-bbox centre, if centring). */
    Matrix4d modelToWorld(Vec3 position, Quaterniond rotation, double scale) {
        Matrix4d m = new Matrix4d().translation(position.x(), position.y(), position.z()).rotate(rotation)
                .scale(scale * fitFactor);
        if (spec.center()) m.translate(-bboxCenter.x, -bboxCenter.y, -bboxCenter.z);
        return m;
    }
}
