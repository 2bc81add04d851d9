package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Twelve 5 cm balls (sphere hulls) dropped into a bin settle without overlapping: every two centres end at least a
 * diameter apart, less 0.5 mm. Analytic: a ball's mesh lies within its radius of its centre. Before Bullet ran in a
 * scaled world ({@link Settler#WORLD_SCALE}) its GJK reported contact between such balls only 6 mm deep and this pile
 * settled with balls 6.7 mm into each other.
 */
class BallPileTest {
    static final double DIAMETER = 0.05;

    @Test
    void settledBallsAreADiameterApart() {
        Random r = new Random(1);
        List<PhysicsWorld.Body> bodies = new ArrayList<>();
        ConvexParts sphere = Worlds.parts(Primitive.SPHERE, CollisionKind.HULL);
        double scale = DIAMETER / Worlds.model(Primitive.SPHERE).bounds().maxExtent();
        for (int i = 0; i < 12; i++) {
            Matrix4d pose = new Matrix4d().translation((i % 3 - 1) * 0.09, 0.08 + 0.1 * (i / 6), ((i / 3) % 2 - 0.5) * 0.1)
                    .rotateXYZ(r.nextDouble() * 6, r.nextDouble() * 6, r.nextDouble() * 6).scale(scale);
            bodies.add(new PhysicsWorld.Body(sphere, pose, 0.05 + 0.1 * r.nextDouble(), 0.4 + 0.4 * r.nextDouble(), 0));
        }
        PhysicsWorld world = new PhysicsWorld(Worlds.GRAVITY, Worlds.DT, 2400, new PhysicsWorld.RestRule(0.02, 0.2, 30),
                List.of(), Worlds.bin(0.14, 0.15), bodies);
        Settlement s = Settler.settle(world);
        assertTrue(s.atRest(), "at rest after " + s.steps() + " steps");
        List<Vector3d> centres = new ArrayList<>();
        for (var pose : s.modelToWorld()) centres.add(pose.transformPosition(new Vector3d()));
        for (int a = 0; a < centres.size(); a++)
            for (int b = 0; b < a; b++) {
                double d = centres.get(a).distance(centres.get(b));
                assertTrue(d >= DIAMETER - 0.0005, "balls " + a + " and " + b + " are " + d + " m apart");
            }
    }
}
