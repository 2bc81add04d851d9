package mirage.physics;

import com.jme3.bullet.objects.PhysicsRigidBody;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import java.util.List;

/**
 * The rest rule, measured over a window: a body is calm when, over the last {@code steps} steps, it moved and turned
 * less than the rest speeds allow in that time (net displacement over the window's duration). Instantaneous speeds
 * misjudge a pile: a part jittering in place (Bullet's contact resolution in a 50-part pile) flickers over the
 * speeds every few steps without going anywhere, while a part at the top of a bounce is briefly still. The world is
 * at rest once every body has been calm for {@code steps} consecutive steps. Holds the last window of poses of one
 * settle call; not thread-safe.
 */
final class RestWatch {
    private final int window;
    private final double maxDistance;   // Bullet units
    private final double maxAngle;      // radians
    private final float[][] positions;  // per body, a ring of xyz
    private final float[][] rotations;  // per body, a ring of xyzw
    private final Vector3f p = new Vector3f();
    private final Quaternion q = new Quaternion();
    private int steps;
    private int calmSteps;

    /** @param lengthScale Bullet units per metre */
    RestWatch(int bodies, PhysicsWorld.RestRule rule, double timeStep, double lengthScale) {
        window = rule.steps();
        maxDistance = rule.linearSpeed() * lengthScale * window * timeStep;
        maxAngle = rule.angularSpeed() * window * timeStep;
        positions = new float[bodies][3 * window];
        rotations = new float[bodies][4 * window];
    }

    /**
     * Takes this step's poses of {@code bodies}, sets {@code moving[i]} for each (true until a full window has
     * passed), and says whether the world is now at rest.
     */
    boolean step(List<PhysicsRigidBody> bodies, boolean[] moving) {
        int slot = steps % window;
        boolean full = steps >= window;
        boolean allCalm = true;
        for (int i = 0; i < bodies.size(); i++) {
            PhysicsRigidBody b = bodies.get(i);
            b.getPhysicsLocation(p);
            b.getPhysicsRotation(q);
            float[] ps = positions[i], rs = rotations[i];
            boolean calm = full && distance(ps, 3 * slot) <= maxDistance && angle(rs, 4 * slot) <= maxAngle;
            ps[3 * slot] = p.x;
            ps[3 * slot + 1] = p.y;
            ps[3 * slot + 2] = p.z;
            rs[4 * slot] = q.getX();
            rs[4 * slot + 1] = q.getY();
            rs[4 * slot + 2] = q.getZ();
            rs[4 * slot + 3] = q.getW();
            moving[i] = !calm;
            allCalm &= calm;
        }
        steps++;
        calmSteps = allCalm ? calmSteps + 1 : 0;
        return calmSteps >= window;
    }

    private double distance(float[] ring, int k) {
        double dx = p.x - ring[k], dy = p.y - ring[k + 1], dz = p.z - ring[k + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The rotation angle between now and the stored orientation. */
    private double angle(float[] ring, int k) {
        double dot = q.getX() * ring[k] + q.getY() * ring[k + 1] + q.getZ() * ring[k + 2] + q.getW() * ring[k + 3];
        return 2 * Math.acos(Math.min(1, Math.abs(dot)));
    }
}
