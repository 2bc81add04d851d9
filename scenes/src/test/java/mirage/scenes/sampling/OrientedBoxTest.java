package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import mirage.core.geom.Aabb;
import mirage.core.random.Seeds;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** The separating-axis test against hand-worked cases and against the independent {@link ExactBoxes} test. */
class OrientedBoxTest {
    private static final Aabb UNIT = new Aabb(new Vector3f(-0.5f), new Vector3f(0.5f));
    private static final double R2 = Math.sqrt(2);

    private static OrientedBox box(Matrix4d m, Aabb bounds) {
        return OrientedBox.of(m, bounds);
    }

    private static boolean sat(Matrix4d a, Matrix4d b) {
        return box(a, UNIT).intersects(box(b, UNIT));
    }

    @Test void fromTransformHasCentreAxesAndHalfExtents() {
        Aabb bounds = new Aabb(new Vector3f(1, 2, 3), new Vector3f(3, 6, 7));
        Matrix4d m = new Matrix4d().translation(10, 0, 0).rotateY(Math.PI / 2).scale(2, 0.5, 1);
        OrientedBox b = box(m, bounds);
        // centre (2, 4, 5) -> scaled (4, 2, 5) -> Ry(90) takes (x, y, z) to (z, y, -x) = (5, 2, -4) -> + (10, 0, 0)
        assertTrue(b.center().distance(new Vector3d(15, 2, -4)) < 1e-12, b.center().toString());
        assertEquals(2, b.half()[0], 1e-12);  // (3 - 1) / 2 * 2
        assertEquals(1, b.half()[1], 1e-12);  // (6 - 2) / 2 * 0.5
        assertEquals(2, b.half()[2], 1e-12);  // (7 - 3) / 2 * 1
        assertTrue(b.axes()[0].distance(new Vector3d(0, 0, -1)) < 1e-12);
    }

    @Test void faceSeparatedCubes() {
        Matrix4d a = new Matrix4d();
        assertTrue(sat(a, new Matrix4d().translation(0.99, 0, 0)));
        assertFalse(sat(a, new Matrix4d().translation(1.01, 0, 0)));
        assertTrue(sat(a, new Matrix4d().translation(0.7, 0.7, 0.7)));
        assertFalse(sat(a, new Matrix4d().translation(0, 0, -1.001)));
        assertTrue(sat(a, new Matrix4d().scaling(0.1)), "a small box inside a big one");
    }

    /** A cube turned 45 degrees about y reaches sqrt(2)/2 along x: the boxes meet when the gap is below 0.5 + 0.7071. */
    @Test void turnedCube() {
        Matrix4d a = new Matrix4d();
        assertTrue(sat(a, new Matrix4d().translation(1.2, 0, 0).rotateY(Math.PI / 4)));
        assertFalse(sat(a, new Matrix4d().translation(1.215, 0, 0).rotateY(Math.PI / 4)));
    }

    /**
     * Two ridges crossing at right angles: A turned 45 degrees about x has a top edge along x at y = sqrt(2)/2; B turned
     * 45 degrees about z, centred at height h, has a bottom edge along z at h - sqrt(2)/2. They meet iff h &lt;= sqrt(2).
     * Only an edge-edge axis separates them (A's edge direction x cross B's edge direction z, that is y): no face axis does.
     */
    @Test void crossedRidgesNeedTheEdgeEdgeAxes() {
        Matrix4d a = new Matrix4d().rotateX(Math.PI / 4);
        assertTrue(sat(a, new Matrix4d().translation(0, R2 - 0.01, 0).rotateZ(Math.PI / 4)));
        Matrix4d apart = new Matrix4d().translation(0, R2 + 0.01, 0).rotateZ(Math.PI / 4);
        assertFalse(sat(a, apart));
        assertFalse(ExactBoxes.intersect(a, UNIT, apart, UNIT));
        // the face axes alone would not separate them: project both on each face normal of A and B
        OrientedBox ba = box(a, UNIT), bb = box(apart, UNIT);
        for (OrientedBox owner : new OrientedBox[] {ba, bb})
            for (Vector3d n : owner.axes()) {
                double gap = Math.abs(bb.center().sub(ba.center(), new Vector3d()).dot(n));
                assertTrue(gap <= radius(ba, n) + radius(bb, n), "face axis " + n + " separates; the case tests nothing");
            }
    }

    private static double radius(OrientedBox b, Vector3d n) {
        double r = 0;
        for (int i = 0; i < 3; i++) r += b.half()[i] * Math.abs(b.axes()[i].dot(n));
        return r;
    }

    @Test void exactTestAgreesOnTheKnownCases() {
        Matrix4d a = new Matrix4d();
        assertTrue(ExactBoxes.intersect(a, UNIT, new Matrix4d().translation(0.99, 0, 0), UNIT));
        assertFalse(ExactBoxes.intersect(a, UNIT, new Matrix4d().translation(1.01, 0, 0), UNIT));
        assertTrue(ExactBoxes.intersect(a, UNIT, new Matrix4d().scaling(0.1), UNIT));
        assertTrue(ExactBoxes.intersect(a, UNIT, new Matrix4d().translation(1.2, 0, 0).rotateY(Math.PI / 4), UNIT));
        assertFalse(ExactBoxes.intersect(a, UNIT, new Matrix4d().translation(1.215, 0, 0).rotateY(Math.PI / 4), UNIT));
        // a plus sign: no vertex of either inside the other, only edges crossing faces
        Matrix4d longX = new Matrix4d().scaling(4, 0.2, 0.2), longY = new Matrix4d().scaling(0.2, 4, 0.2);
        assertTrue(ExactBoxes.intersect(longX, UNIT, longY, UNIT));
        assertTrue(box(longX, UNIT).intersects(box(longY, UNIT)));
    }

    /** 40,000 random pairs of boxes (random rotations, per-axis scales, positions; seed 77): both tests agree on each. */
    @Test void agreesWithTheExactTestOnRandomPairs() {
        RandomGenerator rng = Seeds.derive(77, 0, "obb");
        Aabb bounds = new Aabb(new Vector3f(1, 2, 3), new Vector3f(3, 6, 7));
        int hits = 0, n = 40_000;
        for (int k = 0; k < n; k++) {
            Matrix4d a = random(rng), b = random(rng);
            boolean expected = ExactBoxes.intersect(a, bounds, b, bounds);
            assertEquals(expected, box(a, bounds).intersects(box(b, bounds)), "pair " + k + ": " + a + " / " + b);
            if (expected) hits++;
        }
        assertTrue(hits > n / 5 && hits < 4 * n / 5, "both outcomes are well represented: " + hits + " of " + n);
    }

    private static Matrix4d random(RandomGenerator rng) {
        return new Matrix4d().translation(rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(-1, 1))
                .rotate(Rotations.uniform(rng)).scale(rng.nextDouble(0.05, 0.5), rng.nextDouble(0.05, 0.5), rng.nextDouble(0.05, 0.5))
                .translate(-2, -4, -5);
    }
}
