package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class TorusPartsTest {
    private static final double TRUE_VOLUME = 2 * Math.PI * Math.PI * Primitive.TORUS_MAJOR
            * Primitive.TORUS_MINOR * Primitive.TORUS_MINOR;

    @Test
    void vhacdSplitsTheTorusAndHullAndBoxDoNot() {
        ConvexParts box = Worlds.parts(Primitive.TORUS, CollisionKind.BOX);
        ConvexParts hull = Worlds.parts(Primitive.TORUS, CollisionKind.HULL);
        ConvexParts vhacd = Worlds.parts(Primitive.TORUS, CollisionKind.VHACD);
        System.out.println("torus " + box + " | " + hull + " | " + vhacd + " | true volume " + TRUE_VOLUME);
        assertEquals(1, box.count());
        assertEquals(8, box.vertexCount());
        assertEquals(1, hull.count());
        assertTrue(vhacd.count() >= 4, vhacd.count() + " parts");
        assertEquals(1.0 * 1.0 * 0.3, box.volume(), 1e-6);
        assertTrue(hull.volume() > 1.2 * TRUE_VOLUME, "the hull fills the hole: " + hull.volume());
        assertTrue(Math.abs(vhacd.volume() / TRUE_VOLUME - 1) < 0.5, "vhacd volume " + vhacd.volume());
        assertTrue(vhacd.centroid().length() < 0.02, "vhacd centroid " + vhacd.centroid());
    }

    /** Drops a 3 cm ball on the centre of a torus (20 cm across, hole 8 cm) lying on the floor; the ball's end height. */
    private static double ballHeight(CollisionKind kind) {
        Matrix4d torus = new Matrix4d().translation(0, 0.2 * Primitive.TORUS_MINOR + 0.001, 0).scale(0.2);
        Matrix4d ball = new Matrix4d().translation(0, 0.15, 0).scale(0.03);
        PhysicsWorld world = Worlds.world(List.of(Worlds.floor()), List.of(), List.of(
                new PhysicsWorld.Body(Worlds.parts(Primitive.TORUS, kind), torus, 1.0, 0.6, 0),
                new PhysicsWorld.Body(Worlds.parts(Primitive.SPHERE, CollisionKind.HULL), ball, 0.02, 0.6, 0)), 1200);
        Settlement s = Settler.settle(world);
        double y = s.modelToWorld().get(1).getTranslation(new Vector3d()).y;
        System.out.printf("ball on torus (%s): %d steps, at rest %b, ball centre y=%.4f, rests on %s%n", kind.specName(),
                s.steps(), s.atRest(), y, s.restsOn().get(1));
        return y;
    }

    @Test
    void aBallFallsThroughTheHoleOnlyWithVhacd() {
        double plane = 0.2 * Primitive.TORUS_MINOR;   // height of the torus's mid plane
        double vhacd = ballHeight(CollisionKind.VHACD);
        double hull = ballHeight(CollisionKind.HULL);
        assertTrue(vhacd < plane, "with vhacd the ball should pass the hole and lie on the floor: y=" + vhacd);
        assertTrue(hull > 2 * plane, "with hull the ball should lie on top of the torus: y=" + hull);
    }
}
