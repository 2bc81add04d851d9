package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadInputTest {
    private static final ConvexParts CUBE = Worlds.parts(Primitive.CUBE, CollisionKind.BOX);

    private static void fails(String field, Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(field), x.getMessage());
    }

    @Test
    void badBodiesNameTheirField() {
        fails("Body.modelToWorld", () -> new PhysicsWorld.Body(CUBE, new Matrix4d().translation(Double.NaN, 0, 0), 1, 0.5, 0));
        fails("Body.modelToWorld", () -> new PhysicsWorld.Body(CUBE, new Matrix4d().scale(-1, 1, 1), 1, 0.5, 0));
        fails("Body.modelToWorld", () -> new PhysicsWorld.Body(CUBE, new Matrix4d().m10(0.5), 1, 0.5, 0));
        fails("Body.mass", () -> new PhysicsWorld.Body(CUBE, new Matrix4d(), 0, 0.5, 0));
        fails("Body.mass", () -> new PhysicsWorld.Body(CUBE, new Matrix4d(), Double.POSITIVE_INFINITY, 0.5, 0));
        fails("Body.friction", () -> new PhysicsWorld.Body(CUBE, new Matrix4d(), 1, -1, 0));
        fails("Body.restitution", () -> new PhysicsWorld.Body(CUBE, new Matrix4d(), 1, 0.5, 2));
    }

    @Test
    void badWorldsAndStaticsNameTheirField() {
        fails("timeStep", () -> new PhysicsWorld(Worlds.GRAVITY, 0, 10, Worlds.REST, List.of(), List.of(), List.of()));
        fails("maxSteps", () -> new PhysicsWorld(Worlds.GRAVITY, 0.01, 0, Worlds.REST, List.of(), List.of(), List.of()));
        fails("gravity", () -> new PhysicsWorld(new Vector3d(0, Double.NaN, 0), 0.01, 10, Worlds.REST, List.of(), List.of(), List.of()));
        fails("RestRule.steps", () -> new PhysicsWorld.RestRule(0.01, 0.1, 0));
        fails("StaticPlane.normal", () -> new PhysicsWorld.StaticPlane(new Vector3d(), 0, 0.5, 0));
        fails("StaticBox.boxToWorld", () -> new PhysicsWorld.StaticBox(new Matrix4d().scale(2), new Vector3d(1, 1, 1), 0.5, 0));
        fails("StaticBox.halfExtents", () -> new PhysicsWorld.StaticBox(new Matrix4d(), new Vector3d(1, 0, 1), 0.5, 0));
        fails("collision kind", () -> CollisionKind.ofSpecName("mesh"));
    }
}
