package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

class SupportTest {
    @Test
    void aCubeOnACubeOnTheFloor() {
        ConvexParts cube = Worlds.parts(Primitive.CUBE, CollisionKind.HULL);
        PhysicsWorld world = Worlds.world(List.of(Worlds.floor()), List.of(), List.of(
                Worlds.body(cube, new Matrix4d().translation(0, 0.0506, 0).scale(0.1)),
                Worlds.body(cube, new Matrix4d().translation(0.01, 0.152, 0.005).rotateY(0.3).scale(0.08))), 1200);
        Settlement s = Settler.settle(world);
        assertTrue(s.atRest());
        assertEquals(List.of(Support.plane(0)), s.restsOn().get(0));
        assertEquals(List.of(Support.body(0)), s.restsOn().get(1));
    }

    @Test
    void aCubeInABinRestsOnTheBinFloorBox() {
        PhysicsWorld world = Worlds.world(List.of(), Worlds.bin(0.2, 0.1), List.of(Worlds.body(
                Worlds.parts(Primitive.CUBE, CollisionKind.BOX), new Matrix4d().translation(0, 0.2, 0).rotateX(0.4).scale(0.05))), 1200);
        Settlement s = Settler.settle(world);
        assertTrue(s.atRest());
        assertEquals(List.of(Support.box(0)), s.restsOn().get(0));
    }
}
