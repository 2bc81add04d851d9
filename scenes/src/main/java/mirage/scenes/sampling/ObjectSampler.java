package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.core.error.MirageException;
import mirage.core.geom.Aabb;
import mirage.scenes.spec.Distribution;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.ScaleSpec;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/** Samples the instances of one object entry (count and poses) from its {@code objects/<j>} stream. */
final class ObjectSampler {
    private final ObjectSpec spec;
    private final Aabb bounds;
    private final Vector3d pivot;
    private final double fitFactor;
    private final Poses.Where where;

    /**
     * @param bounds the asset's bounds in file units
     * @param field  the entry's spec path ({@code objects[j]}), for messages
     */
    ObjectSampler(ObjectSpec spec, Aabb bounds, String field) {
        this.spec = spec;
        this.bounds = bounds;
        this.pivot = spec.center() ? Poses.center(bounds) : new Vector3d();
        this.fitFactor = spec.fitSize() == null ? 1.0 : fitFactor(spec.fitSize(), bounds, field);
        this.where = new Poses.Where(spec.position(), spec.support());
    }

    private double fitFactor(double fitSize, Aabb bounds, String field) {
        double extent = bounds.maxExtent();
        if (!(extent > 0) || !Double.isFinite(extent))
            throw new MirageException(field + ".fit_size: the asset " + spec.asset().path()
                    + " has an empty bounding box (largest edge " + extent + "), so it cannot be scaled to fit");
        return fitSize / extent;
    }

    /** The asset's bounds in file units. */
    Aabb bounds() {
        return bounds;
    }

    /** Draws the instance count (the spec's entries have one unless class_balance chooses instances). */
    int count(RandomGenerator rng) {
        return spec.count().sampleInt(rng);
    }

    /** Draws one pose: position (x, y, z; or x, z on a support), rotation, scale (once, or x, y, z). */
    Matrix4d pose(RandomGenerator rng) {
        Vector3d position = where.draw(rng);
        Quaterniond rotation = Rotations.sample(spec.rotation(), rng);
        Vector3d scale = scale(spec.scale(), rng).mul(fitFactor);
        return where.settle(Poses.compose(position, rotation, scale, pivot), bounds);
    }

    /** The per-axis scale factors: one draw for all axes, or x, y, z in that order. */
    static Vector3d scale(ScaleSpec spec, RandomGenerator rng) {
        if (spec instanceof ScaleSpec.PerAxis a) {
            double x = a.x().sample(rng);
            double y = a.y().sample(rng);
            double z = a.z().sample(rng);
            return new Vector3d(x, y, z);
        }
        Distribution factor = ((ScaleSpec.Uniform) spec).factor();
        double s = factor.sample(rng);
        return new Vector3d(s, s, s);
    }
}
