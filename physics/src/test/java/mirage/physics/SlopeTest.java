package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class SlopeTest {
    /** The plane n·x = 0 with n = +Y turned by {@code degrees} about z (towards -x). */
    private static PhysicsWorld.StaticPlane ramp(double degrees, double friction) {
        double a = Math.toRadians(degrees);
        return new PhysicsWorld.StaticPlane(new Vector3d(-Math.sin(a), Math.cos(a), 0), 0, friction, 0);
    }

    /** Gravity's part along the plane, unit: the way down the slope. */
    private static Vector3d downhill(PhysicsWorld.StaticPlane p) {
        Vector3d g = new Vector3d(Worlds.GRAVITY);
        return g.sub(new Vector3d(p.normal()).mul(g.dot(p.normal()))).normalize();
    }

    @Test
    void aSphereOnATenDegreeRampRollsDownhill() {
        PhysicsWorld.StaticPlane ramp = ramp(10, 0.6);
        Vector3d start = new Vector3d(ramp.normal()).mul(0.0505);
        Matrix4d pose = new Matrix4d().translation(start).scale(0.1);
        PhysicsWorld world = Worlds.world(List.of(ramp), List.of(),
                List.of(Worlds.body(Worlds.parts(Primitive.SPHERE, CollisionKind.HULL), pose)), 120);
        Settlement s = Settler.settle(world);
        Vector3d end = s.modelToWorld().get(0).getTranslation(new Vector3d());
        Vector3d moved = end.sub(start);
        double along = moved.dot(downhill(ramp));
        System.out.printf("sphere on 10° ramp: %d steps, %.4f m downhill, %.5f m across%n", s.steps(), along, Math.abs(moved.z));
        assertTrue(along > 0.05, "moved " + along + " m downhill in 0.5 s (expected about 0.15)");
        assertTrue(Math.abs(moved.z) < 0.01, "drifted " + moved.z + " m sideways");
    }

    @Test
    void aBoxOnAShallowRampWithHighFrictionStays() {
        PhysicsWorld.StaticPlane ramp = ramp(5, 1.0);
        Vector3d start = new Vector3d(ramp.normal()).mul(0.0505);
        Matrix4d pose = new Matrix4d().translation(start).rotateZ(Math.toRadians(5)).scale(0.1);
        PhysicsWorld world = Worlds.world(List.of(ramp), List.of(), List.of(new PhysicsWorld.Body(
                Worlds.parts(Primitive.CUBE, CollisionKind.BOX), pose, 0.5, 1.0, 0)), 480);
        Settlement s = Settler.settle(world);
        double moved = s.modelToWorld().get(0).getTranslation(new Vector3d()).sub(start).dot(downhill(ramp));
        System.out.printf("box on 5° ramp, friction 1: %d steps, %.6f m downhill%n", s.steps(), moved);
        assertTrue(Math.abs(moved) < 0.001, "slid " + moved + " m");
    }
}
