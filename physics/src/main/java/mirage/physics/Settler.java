package mirage.physics;

import com.jme3.bullet.CollisionConfiguration;
import com.jme3.bullet.CollisionSpace;
import com.jme3.bullet.NativePhysicsObject;
import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.SolverType;
import com.jme3.bullet.collision.ManifoldPoints;
import com.jme3.bullet.collision.PersistentManifolds;
import com.jme3.bullet.collision.shapes.BoxCollisionShape;
import com.jme3.bullet.collision.shapes.CollisionShape;
import com.jme3.bullet.collision.shapes.CompoundCollisionShape;
import com.jme3.bullet.collision.shapes.HullCollisionShape;
import com.jme3.bullet.collision.shapes.PlaneCollisionShape;
import com.jme3.bullet.objects.PhysicsBody;
import com.jme3.bullet.objects.PhysicsRigidBody;
import com.jme3.math.Matrix3f;
import com.jme3.math.Plane;
import com.jme3.math.Vector3f;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.joml.Matrix3d;
import org.joml.Matrix3dc;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Settles one {@link PhysicsWorld} with Bullet: a fresh world per call, stepped on the calling thread with the fixed
 * step (exactly one Bullet step per step, no interpolation) until the rest rule holds or {@code maxSteps}, then every
 * native object of the call is freed before returning. Calls on different threads run independently; the same
 * world gives bit-identical results (one thread, fixed step, deterministic dispatch, insertion in list order).
 *
 * <p>Bodies: each convex part becomes a Bullet hull whose points are the part's, scaled by the pose's S and moved so
 * the parts' volume centroid is the body origin (the centre of mass); several parts form a compound with identity
 * child transforms. The pose's R and the centroid's world position place the body. Non-uniform scale is therefore
 * baked into the points, which Bullet handles exactly, unlike a scaled compound.
 *
 * <p>Tuning for tabletop parts (5–20 cm), stated here because it shapes every result:
 * <ul>
 *   <li>Bullet simulates a world {@value #WORLD_SCALE} times larger than ours (lengths, gravity, margins and
 *       linear speeds scaled up, masses and times kept; the motion is the same, scaled). Its GJK tolerances are
 *       absolute and tuned for bodies of 0.1–10 units: at our metre scale two 5 cm hull balls reported contact
 *       only once 6 mm deep, and piles settled interpenetrating; scaled, contact comes within 0.5 mm;</li>
 *   <li>collision margin {@value #MARGIN} m (Bullet's default 0.04 m would float a 5 cm part visibly), or 5% of a
 *       body's smallest half extent when that is smaller. A hull's margin lies outside its points, so a resting body
 *       floats about one margin above its support (a box's lies inside: none);</li>
 *   <li>continuous collision detection on every body: motion threshold and swept-sphere radius half the smallest
 *       half extent, so a fast small part does not pass through a thin wall in one step;</li>
 *   <li>rolling and spinning friction of {@value #ROLLING} times the smallest half extent (Bullet multiplies it by
 *       the other side's friction), so balls and cylinders on a level floor come to rest;</li>
 *   <li>damping of {@value #LINEAR_DAMPING} (linear) and {@value #ANGULAR_DAMPING} (angular) per second, to bleed off
 *       the slow creep Bullet leaves in piles (a pile of 10 mixed parts still has a creeping hull torus after 10 s);</li>
 *   <li>sleeping at the rest rule's speeds after {@value #SLEEP_AFTER} s (Bullet's own 0.8 m/s would freeze slow small
 *       parts); a sleeping body counts as at rest, which lets jittering piles finish;</li>
 *   <li>hull points capped by {@link HullReduction} (at most {@value HullReduction#DIRECTIONS}), for speed, then
 *       grown back by {@link HullCover} until they cover the model's vertices;</li>
 *   <li>Bullet computes each body's inertia from its shape's bounding box (its rule for hulls and compounds).</li>
 * </ul>
 */
public final class Settler {
    /** Bullet's world is this many times larger than ours (see the class comment). */
    static final float WORLD_SCALE = 10;
    /** Collision margin of every shape, metres (see the class comment). */
    public static final float MARGIN = 0.001f;
    /** Rolling/spinning friction per metre of smallest half extent. */
    static final float ROLLING = 0.05f;
    /** Velocity damping (fraction lost per second): bleeds off the creep Bullet leaves in resting stacks. */
    static final float LINEAR_DAMPING = 0.1f;
    static final float ANGULAR_DAMPING = 0.3f;
    /** Sequential-impulse iterations per step (Bullet's default 10 leaves piles jittering). */
    static final int SOLVER_ITERATIONS = 10;
    /** Seconds a body must stay under the rest speeds before Bullet puts it (and its island) to sleep. */
    static final float SLEEP_AFTER = 0.25f;
    /** A contact point counts as touching within this distance, metres. */
    static final float CONTACT = 0.001f;
    /** A supporting contact's normal is within 60° of up. */
    static final double SUPPORT_COS = 0.5;

    private Settler() {}

    /** Settles {@code world}; see the class comment. */
    public static Settlement settle(PhysicsWorld world) {
        BulletNatives.load();
        PhysicsBody.setDeactivationDeadline(SLEEP_AFTER);   // process-wide in Bullet; always this value, so harmless per call
        int n = world.bodies().size();
        List<CollisionShape> shapes = new ArrayList<>();
        List<PhysicsRigidBody> all = new ArrayList<>();
        CollisionConfiguration config = new CollisionConfiguration(Math.min(4096, 64 + 16 * n), 1);
        PhysicsSpace space = null;
        try {
            space = new PhysicsSpace(new Vector3f(-1e4f, -1e4f, -1e4f), new Vector3f(1e4f, 1e4f, 1e4f),
                    PhysicsSpace.BroadphaseType.DBVT, SolverType.SI, config);
            space.setGravity(scaled(world.gravity()));
            space.useDeterministicDispatch(true);
            space.getSolverInfo().setNumIterations(SOLVER_ITERATIONS);
            space.getSolverInfo().setSplitImpulseEnabled(true);   // penetration recovery adds no velocity: no creep
            Map<Long, Support> who = new HashMap<>();
            for (int i = 0; i < world.planes().size(); i++) {
                PhysicsWorld.StaticPlane p = world.planes().get(i);
                PlaneCollisionShape shape = new PlaneCollisionShape(new Plane(vec(p.normal()), (float) p.offset() * WORLD_SCALE));
                shape.setMargin(MARGIN * WORLD_SCALE);
                shapes.add(shape);
                PhysicsRigidBody body = staticBody(shape, p.friction(), p.restitution(), all);
                space.addCollisionObject(body);
                who.put(body.nativeId(), Support.plane(i));
            }
            for (int i = 0; i < world.boxes().size(); i++) {
                PhysicsWorld.StaticBox b = world.boxes().get(i);
                BoxCollisionShape shape = new BoxCollisionShape(scaled(b.halfExtents()));
                shape.setMargin((float) Math.min(MARGIN, 0.5 * min(b.halfExtents())) * WORLD_SCALE);
                shapes.add(shape);
                PhysicsRigidBody body = staticBody(shape, b.friction(), b.restitution(), all);
                body.setPhysicsRotation(jme(Poses.rotation(b.boxToWorld())));
                body.setPhysicsLocation(scaled(b.boxToWorld().getTranslation(new Vector3d())));
                space.addCollisionObject(body);
                who.put(body.nativeId(), Support.box(i));
            }
            List<PhysicsRigidBody> dynamic = new ArrayList<>(n);
            Map<Long, Integer> dynamicIndex = new HashMap<>();
            for (int i = 0; i < n; i++) {
                PhysicsRigidBody body = dynamicBody(world.bodies().get(i), shapes, world.rest().linearSpeed(), world.rest().angularSpeed());
                all.add(body);
                dynamic.add(body);
                space.addCollisionObject(body);
                who.put(body.nativeId(), Support.body(i));
                dynamicIndex.put(body.nativeId(), i);
            }
            return step(world, space, dynamic, who, dynamicIndex);
        } finally {
            free(space, all, shapes, config);
        }
    }

    private static Settlement step(PhysicsWorld world, PhysicsSpace space, List<PhysicsRigidBody> dynamic,
                                   Map<Long, Support> who, Map<Long, Integer> dynamicIndex) {
        float dt = (float) world.timeStep();
        int n = dynamic.size();
        boolean[] moving = new boolean[n];
        RestWatch watch = new RestWatch(n, world.rest(), dt, WORLD_SCALE);
        int steps = 0;
        boolean atRest = n == 0;
        long t0 = System.nanoTime();
        while (!atRest && steps < world.maxSteps()) {
            space.update(dt, 0);
            steps++;
            atRest = watch.step(dynamic, moving);
        }
        long nanos = System.nanoTime() - t0;
        List<Matrix4dc> poses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) poses.add(pose(world.bodies().get(i), dynamic.get(i)));
        List<Boolean> movingList = new ArrayList<>(n);
        for (boolean m : moving) movingList.add(m);
        return new Settlement(poses, steps, atRest, supports(world, space, dynamic, who, dynamicIndex), movingList, nanos);
    }

    private static PhysicsRigidBody staticBody(CollisionShape shape, double friction, double restitution,
                                               List<PhysicsRigidBody> all) {
        PhysicsRigidBody body = new PhysicsRigidBody(shape, PhysicsRigidBody.massForStatic);
        all.add(body);
        body.setFriction((float) friction);
        body.setRestitution((float) restitution);
        return body;
    }

    private static PhysicsRigidBody dynamicBody(PhysicsWorld.Body spec, List<CollisionShape> shapes, double sleepLinear,
                                                double sleepAngular) {
        Matrix4dc m = spec.modelToWorld();
        Vector3d s = Poses.scale(m).mul(WORLD_SCALE);
        Vector3dc c = spec.parts().centroid();
        List<float[]> parts = spec.parts().raw();
        List<float[]> scaled = new ArrayList<>(parts.size());
        float[] lo = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] hi = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (float[] part : parts) {
            float[] q = new float[part.length];
            for (int k = 0; k < part.length; k += 3) {
                q[k] = (float) (s.x * (part[k] - c.x()));
                q[k + 1] = (float) (s.y * (part[k + 1] - c.y()));
                q[k + 2] = (float) (s.z * (part[k + 2] - c.z()));
                for (int a = 0; a < 3; a++) {
                    lo[a] = Math.min(lo[a], q[k + a]);
                    hi[a] = Math.max(hi[a], q[k + a]);
                }
            }
            scaled.add(q);
        }
        float minHalf = Math.min(hi[0] - lo[0], Math.min(hi[1] - lo[1], hi[2] - lo[2])) / 2;
        float margin = Math.min(MARGIN * WORLD_SCALE, 0.05f * minHalf);
        CollisionShape shape;
        if (scaled.size() == 1) {
            shape = hull(scaled.get(0), margin, shapes);
        } else {
            CompoundCollisionShape compound = new CompoundCollisionShape(scaled.size());
            shapes.add(compound);
            for (float[] q : scaled) compound.addChildShape(hull(q, margin, shapes));
            compound.setMargin(margin);
            shape = compound;
        }
        PhysicsRigidBody body = new PhysicsRigidBody(shape, (float) spec.mass());
        body.setFriction((float) spec.friction());
        body.setRestitution((float) spec.restitution());
        body.setRollingFriction(ROLLING * minHalf);   // a lever arm: in Bullet's (scaled) units, like minHalf
        body.setSpinningFriction(ROLLING * minHalf);
        body.setCcdMotionThreshold(0.5f * minHalf);
        body.setCcdSweptSphereRadius(0.5f * minHalf);
        body.setSleepingThresholds((float) sleepLinear * WORLD_SCALE, (float) sleepAngular);
        body.setDamping(LINEAR_DAMPING, ANGULAR_DAMPING);
        body.setPhysicsRotation(jme(Poses.rotation(m)));
        body.setPhysicsLocation(scaled(m.transformPosition(new Vector3d(c))));
        return body;
    }

    private static HullCollisionShape hull(float[] points, float margin, List<CollisionShape> shapes) {
        HullCollisionShape h = new HullCollisionShape(points);
        shapes.add(h);
        h.setMargin(margin);
        return h;
    }

    /** T(p')·R'·S·T(-centroid): the body's final pose in the input's model-to-world convention. */
    private static Matrix4d pose(PhysicsWorld.Body spec, PhysicsRigidBody body) {
        Vector3f p = body.getPhysicsLocation(new Vector3f());
        Matrix3f r = body.getPhysicsRotationMatrix(new Matrix3f());
        Matrix3d rot = new Matrix3d(r.get(0, 0), r.get(1, 0), r.get(2, 0), r.get(0, 1), r.get(1, 1), r.get(2, 1),
                r.get(0, 2), r.get(1, 2), r.get(2, 2));
        Vector3dc c = spec.parts().centroid();
        return new Matrix4d().translation(p.x / WORLD_SCALE, p.y / WORLD_SCALE, p.z / WORLD_SCALE).mul(new Matrix4d().set(rot))
                .scale(Poses.scale(spec.modelToWorld())).translate(-c.x(), -c.y(), -c.z());
    }

    private static List<List<Support>> supports(PhysicsWorld world, PhysicsSpace space, List<PhysicsRigidBody> dynamic,
                                                Map<Long, Support> who, Map<Long, Integer> dynamicIndex) {
        List<TreeSet<Support>> sets = new ArrayList<>();
        for (int i = 0; i < dynamic.size(); i++) sets.add(new TreeSet<>());
        Vector3d up = new Vector3d(world.gravity()).negate();
        if (up.length() > 0) {
            up.normalize();
            Vector3f normal = new Vector3f();
            Vector3f point = new Vector3f();
            Vector3f com = new Vector3f();
            for (long manifold : space.listManifoldIds()) {
                long a = PersistentManifolds.getBodyAId(manifold);
                long b = PersistentManifolds.getBodyBId(manifold);
                Integer ia = dynamicIndex.get(a);
                Integer ib = dynamicIndex.get(b);
                if (ia == null && ib == null) continue;
                for (long pt : PersistentManifolds.listPointIds(manifold)) {
                    if (ManifoldPoints.getDistance1(pt) > CONTACT * WORLD_SCALE) continue;
                    ManifoldPoints.getNormalWorldOnB(pt, normal);   // from B towards A
                    double nUp = up.x * normal.x + up.y * normal.y + up.z * normal.z;
                    if (ia != null && nUp > SUPPORT_COS) {
                        ManifoldPoints.getPositionWorldOnA(pt, point);
                        dynamic.get(ia).getPhysicsLocation(com);
                        if (below(point, com, up)) sets.get(ia).add(who.get(b));
                    }
                    if (ib != null && -nUp > SUPPORT_COS) {
                        ManifoldPoints.getPositionWorldOnB(pt, point);
                        dynamic.get(ib).getPhysicsLocation(com);
                        if (below(point, com, up)) sets.get(ib).add(who.get(a));
                    }
                }
            }
        }
        List<List<Support>> out = new ArrayList<>();
        for (TreeSet<Support> s : sets) out.add(List.copyOf(s));
        return out;
    }

    private static boolean below(Vector3f point, Vector3f com, Vector3d up) {
        return up.x * (point.x - com.x) + up.y * (point.y - com.y) + up.z * (point.z - com.z) < 0;
    }

    /** Removes the bodies from the space, then frees bodies, motion states, the space, its configuration, shapes. */
    private static void free(PhysicsSpace space, List<PhysicsRigidBody> bodies, List<CollisionShape> shapes,
                             CollisionConfiguration config) {
        if (space != null) space.destroy();
        for (PhysicsRigidBody b : bodies) {
            NativePhysicsObject motion = b.getMotionState();
            NativeFree.free(b);
            NativeFree.free(motion);
        }
        NativeFree.free(space);
        NativeFree.free(config);
        for (CollisionShape s : shapes) NativeFree.free(s);
        CollisionSpace.setLocalThreadPhysicsSpace(null);
    }

    private static double min(Vector3dc v) {
        return Math.min(v.x(), Math.min(v.y(), v.z()));
    }

    /** {@code v} in Bullet's units: a length or position of our world times {@link #WORLD_SCALE}. */
    private static Vector3f scaled(Vector3dc v) {
        return new Vector3f((float) (v.x() * WORLD_SCALE), (float) (v.y() * WORLD_SCALE), (float) (v.z() * WORLD_SCALE));
    }

    private static Vector3f vec(Vector3dc v) {
        return new Vector3f((float) v.x(), (float) v.y(), (float) v.z());
    }

    /** JOML (column-major fields) to jME (row, column). */
    private static Matrix3f jme(Matrix3dc r) {
        return new Matrix3f((float) r.m00(), (float) r.m10(), (float) r.m20(), (float) r.m01(), (float) r.m11(),
                (float) r.m21(), (float) r.m02(), (float) r.m12(), (float) r.m22());
    }
}
