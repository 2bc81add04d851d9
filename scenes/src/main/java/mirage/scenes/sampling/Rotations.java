package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.scenes.spec.RotationSpec;
import mirage.scenes.spec.Vec3;
import org.joml.Quaterniond;

/** Rotations as unit quaternions, computed with StrictMath so they are the same on every JVM. */
public final class Rotations {
    private Rotations() {}

    /**
     * The rotation a spec asks for: uniform draws three values from {@code rng}, fixed draws none, an axis rotation
     * draws its angle, a list draws one index.
     */
    public static Quaterniond sample(RotationSpec spec, RandomGenerator rng) {
        if (spec instanceof RotationSpec.Fixed f) return fromEulerDegrees(f.degrees());
        if (spec instanceof RotationSpec.Axis a) {
            Quaterniond turn = aboutAxis(a.axis(), a.angleDeg().sample(rng));
            return a.baseDeg() == null ? turn : turn.mul(fromEulerDegrees(a.baseDeg())).normalize();
        }
        if (spec instanceof RotationSpec.Choice c) return fromEulerDegrees(c.degrees().get(rng.nextInt(c.degrees().size())));
        return uniform(rng);
    }

    /** A rotation by {@code degrees} about {@code axis} (any non-zero length), counter-clockwise looking down the axis. */
    public static Quaterniond aboutAxis(Vec3 axis, double degrees) {
        double length = StrictMath.sqrt(axis.x() * axis.x() + axis.y() * axis.y() + axis.z() * axis.z());
        double half = StrictMath.toRadians(degrees) / 2;
        double s = StrictMath.sin(half) / length;
        return new Quaterniond(axis.x() * s, axis.y() * s, axis.z() * s, StrictMath.cos(half)).normalize();
    }

    /**
     * A rotation uniform over SO(3) (Shoemake, "Uniform random rotations", Graphics Gems III, 1992): with u1, u2, u3
     * uniform on [0, 1), q = (sqrt(1-u1) sin(2 pi u2), sqrt(1-u1) cos(2 pi u2), sqrt(u1) sin(2 pi u3),
     * sqrt(u1) cos(2 pi u3)) as (x, y, z, w) is uniform on the unit 3-sphere.
     */
    public static Quaterniond uniform(RandomGenerator rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        double u3 = rng.nextDouble();
        double a = StrictMath.sqrt(1 - u1);
        double b = StrictMath.sqrt(u1);
        double t2 = 2 * StrictMath.PI * u2;
        double t3 = 2 * StrictMath.PI * u3;
        return new Quaterniond(a * StrictMath.sin(t2), a * StrictMath.cos(t2), b * StrictMath.sin(t3), b * StrictMath.cos(t3))
                .normalize();
    }

    /** R = Rz(rz) * Ry(ry) * Rx(rx): x is applied first; angles in degrees about the world axes. */
    public static Quaterniond fromEulerDegrees(Vec3 degrees) {
        Quaterniond qx = axis(0, degrees.x());
        Quaterniond qy = axis(1, degrees.y());
        Quaterniond qz = axis(2, degrees.z());
        return qz.mul(qy).mul(qx).normalize();
    }

    private static Quaterniond axis(int axis, double degrees) {
        double half = StrictMath.toRadians(degrees) / 2;
        double s = StrictMath.sin(half);
        double c = StrictMath.cos(half);
        return new Quaterniond(axis == 0 ? s : 0, axis == 1 ? s : 0, axis == 2 ? s : 0, c);
    }
}
