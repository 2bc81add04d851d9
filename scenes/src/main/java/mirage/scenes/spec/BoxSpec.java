package mirage.scenes.spec;

import java.util.random.RandomGenerator;

/**
 * An axis-aligned box of world positions, metres; points are drawn uniformly inside it.
 *
 * @param min lower corner (required)
 * @param max upper corner, &gt;= min on every axis (required)
 */
public record BoxSpec(Vec3 min, Vec3 max) {
    /** The single point at the origin. */
    public static final BoxSpec ORIGIN = new BoxSpec(Vec3.ZERO, Vec3.ZERO);

    public BoxSpec {
        Checks.required(min, "min");
        Checks.required(max, "max");
        Bound.COORDINATE.check("min", min);
        Bound.COORDINATE.check("max", max);
        for (int axis = 0; axis < 3; axis++)
            if (!(min.get(axis) <= max.get(axis)))
                throw SpecViolation.invalid("", "min must be <= max on every axis, got min " + min + ", max " + max);
    }

    /** A uniform point in the box: draws x, y, z in that order. */
    public Vec3 sample(RandomGenerator rng) {
        double[] v = new double[3];
        for (int axis = 0; axis < 3; axis++)
            v[axis] = new Distribution.Uniform(min.get(axis), max.get(axis)).sample(rng);
        return new Vec3(v[0], v[1], v[2]);
    }
}
