package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CubeDropTest {
    @Test
    void aTiltedCubeDroppedOnTheFloorRestsFlatOnIt() {
        Matrix4d start = new Matrix4d().translation(0.02, 0.3, -0.01).rotateXYZ(0.7, 0.4, 1.1).scale(0.1);
        PhysicsWorld world = Worlds.world(List.of(Worlds.floor()), List.of(),
                List.of(Worlds.body(Worlds.parts(Primitive.CUBE, CollisionKind.HULL), start)), 2400);
        Settlement s = Settler.settle(world);
        assertTrue(s.atRest(), "at rest after " + s.steps() + " steps");
        Matrix4dc m = s.modelToWorld().get(0);
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            Vector3d v = m.transformPosition(new Vector3d((i & 1) - 0.5, ((i >> 1) & 1) - 0.5, ((i >> 2) & 1) - 0.5));
            lowest = Math.min(lowest, v.y);
        }
        System.out.printf("cube: steps=%d lowest vertex y=%.6f m%n", s.steps(), lowest);
        assertTrue(Math.abs(lowest) <= 0.001, "lowest vertex " + lowest + " m from the floor");
        double best = 0;
        for (int a = 0; a < 3; a++) {
            Vector3d axis = m.getColumn(a, new Vector3d()).normalize();
            best = Math.max(best, Math.abs(axis.y));
        }
        double angle = Math.toDegrees(Math.acos(Math.min(1, best)));
        assertTrue(angle < 1, "closest cube axis is " + angle + "° off the floor normal");
        assertEquals(List.of(Support.plane(0)), s.restsOn().get(0));
        assertEquals(List.of(false), s.moving());
    }
}
