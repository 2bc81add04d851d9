package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.geom.Aabb;
import mirage.scenes.settling.BodyRef;
import mirage.scenes.settling.DropBody;
import mirage.scenes.settling.DropPlan;
import mirage.scenes.spec.BinSpec;
import mirage.scenes.spec.CollisionSpec;
import mirage.scenes.spec.PhysicsSpec;
import mirage.scenes.spec.SupportSpec;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Start poses for physics settling ({@code placement.physics}). A drawn pose keeps its rotation and scale; its
 * position moves: over a support, toward the rectangle's centre by {@code spread}; into the bin, to a point of the
 * floor drawn so the object starts inside the walls. Then its lowest corner is put {@code drop_height} above the
 * support and, while its bounding box would start inside one dropped before, just above that one (so no two start
 * interpenetrating and piles form). Draws come from the frame's {@code physics} stream, in drop order. Holds one
 * frame's state; not thread-safe.
 */
final class DropPlacer {
    /** The gap left above an object a new one is lifted over, metres. */
    private static final double CLEARANCE = 0.001;

    private final PhysicsSpec spec;
    private final RandomGenerator rng;
    private final double gravity;
    private final double spread;
    private final List<OrientedBox> placed = new ArrayList<>();
    private final List<double[]> tops = new ArrayList<>();   // world AABB [minY, maxY] of each placed box
    private final List<DropBody> bodies = new ArrayList<>();
    private int instances;
    private int distractors;

    DropPlacer(PhysicsSpec spec, RandomGenerator rng) {
        this.spec = spec;
        this.rng = rng;
        this.gravity = spec.gravity().sample(rng);
        this.spread = spec.spread().sample(rng);
    }

    /** The start pose of an instance of {@code objects[j]}, with the entry's own collision kind (or null). */
    Matrix4d instance(String entry, int ordinal, Aabb bounds, SupportSpec support, CollisionSpec collision, Matrix4d drawn) {
        BodyRef ref = BodyRef.instance(++instances);
        return drop(entry, ordinal, ref, bounds, support, collision == null ? spec.collision() : collision, drawn);
    }

    /** The start pose of a distractor, or {@code drawn} itself when distractors are not settled. */
    Matrix4d distractor(String entry, int ordinal, Aabb bounds, SupportSpec support, Matrix4d drawn) {
        BodyRef ref = BodyRef.prop(distractors++);
        if (!spec.distractors()) return drawn;
        return drop(entry, ordinal, ref, bounds, support, spec.collision(), drawn);
    }

    DropPlan plan(List<Integer> binProps) {
        return new DropPlan(spec, gravity, spread, bodies, binProps);
    }

    private Matrix4d drop(String entry, int ordinal, BodyRef ref, Aabb bounds, SupportSpec support, CollisionSpec collision,
                          Matrix4d drawn) {
        double dropHeight = spec.dropHeight().sample(rng);
        double[] extent = worldExtent(drawn, bounds);   // minX, minY, minZ, maxX, maxY, maxZ
        double cx = (extent[0] + extent[3]) / 2, cz = (extent[2] + extent[5]) / 2;
        double x, z, base;
        if (support != null) {
            x = mid(support.minX(), support.maxX()) + spread * (cx - mid(support.minX(), support.maxX()));
            z = mid(support.minZ(), support.maxZ()) + spread * (cz - mid(support.minZ(), support.maxZ()));
            base = support.height();
        } else {
            BinSpec bin = spec.bin();
            x = insideFloor(bin.center().get(0), bin.width(), extent[3] - extent[0]);
            z = insideFloor(bin.center().get(1), bin.depth(), extent[5] - extent[2]);
            base = bin.floorTop();
        }
        Matrix4d pose = new Matrix4d(drawn);
        pose.m30(pose.m30() + x - cx).m31(pose.m31() + base + dropHeight - extent[1]).m32(pose.m32() + z - cz);
        pose = clearOfOthers(pose, bounds);
        Double density = spec.density() == null ? null : spec.density().sample(rng);
        Double mass = spec.mass() == null ? null : spec.mass().sample(rng);
        double friction = spec.friction().sample(rng);
        double restitution = spec.restitution().sample(rng);
        bodies.add(new DropBody(entry, ordinal, ref, collision, support == null ? null : support.height(), dropHeight,
                density, mass, friction, restitution));
        return pose;
    }

    /** A coordinate drawn so an object {@code size} wide lies inside a floor {@code width} wide, by {@code spread}. */
    private double insideFloor(double centre, double width, double size) {
        double room = Math.max(0, (width - size) / 2);
        return centre + spread * room * (2 * rng.nextDouble() - 1);
    }

    /** {@code pose} lifted until its box starts clear of every box dropped before it. */
    private Matrix4d clearOfOthers(Matrix4d pose, Aabb bounds) {
        for (int lifts = 0; lifts <= placed.size(); lifts++) {
            OrientedBox box = OrientedBox.of(pose, bounds);
            int hit = -1;
            for (int k = 0; k < placed.size() && hit < 0; k++) if (placed.get(k).intersects(box)) hit = k;
            if (hit < 0) break;
            double lowest = worldExtent(pose, bounds)[1];
            pose.m31(pose.m31() + tops.get(hit)[1] + CLEARANCE - lowest);
        }
        double[] e = worldExtent(pose, bounds);
        placed.add(OrientedBox.of(pose, bounds));
        tops.add(new double[] {e[1], e[4]});
        return pose;
    }

    private static double mid(double a, double b) {
        return (a + b) / 2;
    }

    /** The world axis-aligned extent of the 8 corners of {@code bounds} under {@code pose}: min xyz, then max xyz. */
    static double[] worldExtent(Matrix4d pose, Aabb bounds) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Vector3d p = new Vector3d();
        for (int corner = 0; corner < 8; corner++) {
            p.set((corner & 1) == 0 ? bounds.min().x() : bounds.max().x(), (corner & 2) == 0 ? bounds.min().y() : bounds.max().y(),
                    (corner & 4) == 0 ? bounds.min().z() : bounds.max().z());
            pose.transformPosition(p);
            e[0] = Math.min(e[0], p.x); e[1] = Math.min(e[1], p.y); e[2] = Math.min(e[2], p.z);
            e[3] = Math.max(e[3], p.x); e[4] = Math.max(e[4], p.y); e[5] = Math.max(e[5], p.z);
        }
        return e;
    }
}
