package mirage.physics;

import java.util.List;
import java.util.Objects;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * One frame's physics world, as immutable input to {@link Settler#settle}: gravity, the fixed step, when to stop,
 * static planes and boxes, and the dynamic bodies with their start poses. SI units throughout (metres, kilograms,
 * seconds). Every value is checked here, so a bad one fails with a message naming its field before any native call.
 *
 * <p>Friction and restitution combine as Bullet combines them: the product of the two touching objects' values.
 *
 * @param gravity   m/s², e.g. (0, -9.81, 0)
 * @param timeStep  the fixed step, seconds (> 0); exactly one Bullet step per step
 * @param maxSteps  the most steps to take (≥ 1)
 * @param rest      when the bodies count as at rest
 * @param planes    static infinite planes
 * @param boxes     static boxes (a bin's floor and walls)
 * @param bodies    dynamic bodies; their order is the order of {@link Settlement}'s lists
 */
public record PhysicsWorld(Vector3dc gravity, double timeStep, int maxSteps, RestRule rest, List<StaticPlane> planes,
                           List<StaticBox> boxes, List<Body> bodies) {
    public PhysicsWorld {
        gravity = finite(gravity, "gravity");
        if (!(timeStep > 0) || !Double.isFinite(timeStep))
            throw new IllegalArgumentException("timeStep must be a finite number of seconds > 0, got " + timeStep);
        if (maxSteps < 1) throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
        Objects.requireNonNull(rest, "rest");
        planes = List.copyOf(planes);
        boxes = List.copyOf(boxes);
        bodies = List.copyOf(bodies);
    }

    /**
     * At rest: for {@code steps} consecutive steps, every dynamic body moved less than {@code linearSpeed} (m/s) and
     * turned less than {@code angularSpeed} (rad/s) on average over the last {@code steps} steps (net displacement
     * over the window's time; see {@link RestWatch}).
     */
    public record RestRule(double linearSpeed, double angularSpeed, int steps) {
        public RestRule {
            positive(linearSpeed, "RestRule.linearSpeed");
            positive(angularSpeed, "RestRule.angularSpeed");
            if (steps < 1) throw new IllegalArgumentException("RestRule.steps must be >= 1, got " + steps);
        }
    }

    /**
     * A static plane {@code normal · x = offset}; bodies rest on the side the normal points to. Any orientation
     * (tilted ramps too). The normal need not be unit: both are divided by its length.
     */
    public record StaticPlane(Vector3dc normal, double offset, double friction, double restitution) {
        public StaticPlane {
            normal = finite(normal, "StaticPlane.normal");
            double len = normal.length();
            if (!(len > 0)) throw new IllegalArgumentException("StaticPlane.normal must not be zero");
            if (!Double.isFinite(offset)) throw new IllegalArgumentException("StaticPlane.offset must be finite, got " + offset);
            normal = new Vector3d(normal).div(len);
            offset = offset / len;
            material(friction, restitution, "StaticPlane");
        }
    }

    /** A static box of half extents {@code halfExtents} (m, > 0) placed by a rigid {@code boxToWorld}. */
    public record StaticBox(Matrix4dc boxToWorld, Vector3dc halfExtents, double friction, double restitution) {
        public StaticBox {
            boxToWorld = Poses.checkRigid(boxToWorld, "StaticBox.boxToWorld");
            halfExtents = finite(halfExtents, "StaticBox.halfExtents");
            if (!(halfExtents.x() > 0 && halfExtents.y() > 0 && halfExtents.z() > 0))
                throw new IllegalArgumentException("StaticBox.halfExtents must be > 0, got " + halfExtents);
            material(friction, restitution, "StaticBox");
        }
    }

    /**
     * A dynamic body: convex parts in model coordinates, placed by {@code modelToWorld} = T·R·S (S positive, possibly
     * non-uniform; a model-space offset folds into T), with its mass (kg, > 0).
     */
    public record Body(ConvexParts parts, Matrix4dc modelToWorld, double mass, double friction, double restitution) {
        public Body {
            Objects.requireNonNull(parts, "Body.parts");
            modelToWorld = Poses.checkTrs(modelToWorld, "Body.modelToWorld");
            positive(mass, "Body.mass");
            material(friction, restitution, "Body");
        }
    }

    private static Vector3d finite(Vector3dc v, String field) {
        Objects.requireNonNull(v, field);
        if (!v.isFinite()) throw new IllegalArgumentException(field + " must be finite, got " + v);
        return new Vector3d(v);
    }

    private static void positive(double v, String field) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
    }

    private static void material(double friction, double restitution, String owner) {
        if (!(friction >= 0) || !Double.isFinite(friction))
            throw new IllegalArgumentException(owner + ".friction must be finite and >= 0, got " + friction);
        if (!(restitution >= 0 && restitution <= 1))
            throw new IllegalArgumentException(owner + ".restitution must be in [0, 1], got " + restitution);
    }
}
