package mirage.core.geom.check;

import static mirage.core.geom.check.TestMeshes.cube;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class MeshProximityTest {
    private static final double SPACING = 0.02;
    private static final double HALF_DIAGONAL = Math.sqrt(0.5);

    private static Matrix4d at(double x, double y, double z) {
        return new Matrix4d().translation(x, y, z);
    }

    @Test
    void cubesOverlappingByATenthAlongXPenetrateByATenth() {
        // A spans x in [-0.5, 0.5], B in [0.4, 1.4]: A's +x face lies 0.1 inside B (and B's -x face inside A).
        Penetration p = MeshProximity.penetration(cube(at(0, 0, 0)), cube(at(0.9, 0, 0)), SPACING);
        assertEquals(0.1, p.depth(), 1e-6);
        assertNotNull(p.witness());
        assertEquals(0.1, MeshProximity.penetrationDepth(cube(at(0.9, 0, 0)), cube(at(0, 0, 0)), SPACING), 1e-6);
    }

    @Test
    void touchingCubesDoNotPenetrate() {
        assertEquals(0, MeshProximity.penetrationDepth(cube(at(0, 0, 0)), cube(at(1, 0, 0)), SPACING), 1e-9);
        // faces touching over part of their area only, edges and corners on the other's face
        assertEquals(0, MeshProximity.penetrationDepth(cube(at(0, 0, 0)), cube(at(0.3, 1, 0.2)), SPACING), 1e-9);
    }

    @Test
    void separatedCubesDoNotPenetrate() {
        assertSame(Penetration.NONE, MeshProximity.penetration(cube(at(0, 0, 0)), cube(at(1.5, 0, 0)), SPACING));
        // AABBs overlap but the meshes do not: a cube turned 45° beside the other's corner region
        WorldMesh turned = cube(at(1.2, 1.2, 0).rotateZ(Math.PI / 4));
        assertEquals(0, MeshProximity.penetrationDepth(cube(at(0, 0, 0)), turned, SPACING));
    }

    @Test
    void anEdgePushedIntoAFacePenetratesByThePush() {
        // Turned 45° about y, A's +x extreme is its vertical edge at x = sqrt(1/2); B's -x face sits 0.05 short of it.
        WorldMesh a = cube(new Matrix4d().rotationY(Math.PI / 4));
        WorldMesh b = cube(at(HALF_DIAGONAL - 0.05 + 0.5, 0, 0));
        Penetration p = MeshProximity.penetration(a, b, SPACING);
        assertEquals(0.05, p.depth(), 1e-6);
        assertTrue(p.witnessOnFirst(), "the edge of A is the deepest point: " + p);
        assertEquals(HALF_DIAGONAL, p.witness().x(), 1e-9);
    }

    @Test
    void aCornerPushedIntoAFacePenetratesByThePush() {
        // The body diagonal turned onto +x puts corner (1/2, 1/2, 1/2) at x = sqrt(3)/2 on the x axis.
        Quaterniond q = new Quaterniond().rotationTo(1, 1, 1, 1, 0, 0).premul(new Quaterniond().rotationX(0.3));
        WorldMesh a = cube(new Matrix4d().rotation(q));
        WorldMesh b = cube(at(Math.sqrt(3) / 2 - 0.05 + 0.5, 0, 0));
        assertEquals(0.05, MeshProximity.penetrationDepth(a, b, SPACING), 1e-6);
        assertEquals(0.05, MeshProximity.penetrationDepth(b, a, SPACING), 1e-6);
    }

    /**
     * Two wedges crossing: A's edge along y and B's edge along z overlap by delta in x. Inside B's wedge
     * {x - xB >= |y|} a point of A's edge is (delta - |y|) / sqrt 2 from B's faces, so the depth peaks at
     * delta / sqrt 2 where the edges cross. Both meshes are shifted so that no grid sample lands on the
     * crossing: the peak must come from the refinement, not from luck.
     */
    @Test
    void crossingEdgesPeakBetweenSamples() {
        double delta = 0.05;
        WorldMesh a = cube(at(0, 0.0123, 0).rotateY(Math.PI / 4));
        WorldMesh b = cube(at(2 * HALF_DIAGONAL - delta, 0, 0.0371).rotateZ(Math.PI / 4));
        double expected = delta / Math.sqrt(2);
        assertEquals(expected, MeshProximity.penetrationDepth(a, b, SPACING), 1e-5);
        assertEquals(expected, MeshProximity.penetrationDepth(a, b, 0.1), 1e-5);
    }

    @Test
    void overlappingPartsOfOneObjectDoNotCountTheirInnerFaces() {
        // object: cubes at x = 0 and x = 0.5 (overlapping parts), spanning x in [-0.5, 1]; the other cube's
        // -x face at 0.9 is 0.1 inside it, and the part boundary at x = 0.5 inside the object is not a surface
        // that shortens that distance below 0.1 (it is 0.4 away).
        WorldMesh object = WorldMesh.concat(cube(at(0, 0, 0)), cube(at(0.5, 0, 0)));
        assertEquals(0.1, MeshProximity.penetrationDepth(object, cube(at(1.4, 0, 0)), SPACING), 1e-6);
    }

    @Test
    void distanceToACubeMatchesTheBoxFormula() {
        WorldMesh unit = cube(at(0, 0, 0));
        assertEquals(1.5, MeshProximity.distanceToSurface(new Vector3d(2, 0, 0), unit), 1e-12);
        assertEquals(0.5, MeshProximity.distanceToSurface(new Vector3d(0, 0, 0), unit), 1e-12);
        // beyond the edge x = y = 1/2: the nearest point is on the edge
        assertEquals(Math.sqrt(0.3 * 0.3 + 0.2 * 0.2), MeshProximity.distanceToSurface(new Vector3d(0.8, 0.7, 0.1), unit), 1e-12);
        assertEquals(Math.sqrt(3 * 0.25), MeshProximity.distanceToSurface(new Vector3d(1, 1, 1), unit), 1e-12);

        // a posed cube against the distance to a box computed in its own frame
        Matrix4d pose = at(0.3, -1.2, 2.5).rotate(new Quaterniond().rotationXYZ(0.4, 1.1, -0.7)).scale(0.2);
        Matrix4d toLocal = new Matrix4d(pose).invert();
        WorldMesh posed = cube(pose);
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            Vector3d p = new Vector3d(0.3, -1.2, 2.5).add(rnd.nextDouble(-0.3, 0.3), rnd.nextDouble(-0.3, 0.3), rnd.nextDouble(-0.3, 0.3));
            Vector3d q = toLocal.transformPosition(new Vector3d(p)).absolute();
            double outside = new Vector3d(Math.max(q.x - 0.5, 0), Math.max(q.y - 0.5, 0), Math.max(q.z - 0.5, 0)).length();
            double inside = 0.5 - Math.max(q.x, Math.max(q.y, q.z));
            double expected = 0.2 * (outside > 0 ? outside : inside);
            assertEquals(expected, MeshProximity.distanceToSurface(p, posed), 1e-9, p::toString);
            assertEquals(outside == 0 && inside > 1e-9, MeshProximity.isInside(p, posed), p::toString);
        }
    }

    @Test
    void lowestPointOfATurnedCubeIsItsAnalyticBottomCorner() {
        Quaterniond q = new Quaterniond().rotationXYZ(0.3, -0.8, 1.3);
        Matrix4d pose = at(0.1, 2, -0.4).rotate(q);
        Vector3d low = MeshProximity.lowestPoint(cube(pose));
        // world y of a corner (sx, sy, sz)/2 is 2 + (m01 sx + m11 sy + m21 sz)/2: lowest when every sign opposes
        // its coefficient. The corner is the one with those signs.
        double m01 = pose.m01(), m11 = pose.m11(), m21 = pose.m21();
        assertEquals(2 - 0.5 * (Math.abs(m01) + Math.abs(m11) + Math.abs(m21)), low.y, 1e-12);
        Vector3d corner = pose.transformPosition(new Vector3d(-0.5 * Math.signum(m01), -0.5 * Math.signum(m11), -0.5 * Math.signum(m21)));
        assertEquals(0, corner.distance(low), 1e-12);
    }

    @Test
    void aFacePeakBetweenSamplesIsFound() {
        // B spans x in [0, 1]: A's +x face is inside it, (1/2, y, z) lying min(1/2, 1/2 - |y|, 1/2 - |z|) from
        // B's surface, a pyramid peaking at 1/2 at the face centre, which sits on a triangle's diagonal between
        // grid samples.
        assertEquals(0.5, MeshProximity.penetrationDepth(cube(at(0, 0, 0)), cube(at(0.5, 0, 0)), SPACING), 1e-5);
    }

    @Test
    void penetrationRejectsANonPositiveSpacing() {
        assertThrows(IllegalArgumentException.class,
                () -> MeshProximity.penetration(cube(at(0, 0, 0)), cube(at(0.5, 0, 0)), 0));
    }

    @Test
    void aBallInTheCreviceBetweenTwoIsHeldBelowItsCentreThoughItsLowestPointHangsFree() {
        // Unit balls at x = ±1 on the floor y = 0; a third rests on both: its centre (0, 1 + sqrt(3), 0) is 2 from
        // each; its lowest point (0, sqrt(3), 0) lies sqrt(1 + (sqrt(3) - 1)^2) - 1 = 0.239 from the others' surfaces.
        WorldMesh left = TestMeshes.icosphere(4, 1, at(-1, 1, 0));
        WorldMesh right = TestMeshes.icosphere(4, 1, at(1, 1, 0));
        double cy = 1 + Math.sqrt(3);
        WorldMesh top = TestMeshes.icosphere(4, 1, at(0, cy, 0));
        Vector3d low = MeshProximity.lowestPoint(top);
        assertEquals(0.239, MeshProximity.distanceToSurface(low, left), 0.01);
        assertTrue(MeshProximity.touchesBelow(top, cy, left, 0.01));
        assertTrue(MeshProximity.touchesBelow(top, cy, right, 0.01));
        // Lifted by 5 cm it touches neither; touching only above its centre does not hold it.
        WorldMesh lifted = TestMeshes.icosphere(4, 1, at(0, cy + 0.05, 0));
        assertFalse(MeshProximity.touchesBelow(lifted, cy + 0.05, left, 0.01));
        assertFalse(MeshProximity.touchesBelow(top, 1.5, left, 0.01));
    }
}
