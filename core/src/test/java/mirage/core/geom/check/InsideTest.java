package mirage.core.geom.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class InsideTest {
    @Test
    void icosphereContainsItsCentreAndNotAPointJustOutside() {
        WorldMesh sphere = TestMeshes.icosphere(3, 1, TestMeshes.IDENTITY);
        assertTrue(MeshProximity.isInside(new Vector3d(0, 0, 0), sphere));
        assertFalse(MeshProximity.isInside(new Vector3d(1.01, 0, 0), sphere));
        // The polyhedron is inscribed in the unit sphere and (at 1280 faces) contains the ball of radius 0.99.
        SplittableRandom rnd = new SplittableRandom(3);
        int checked = 0;
        while (checked < 3000) {
            Vector3d p = new Vector3d(rnd.nextDouble(-1.1, 1.1), rnd.nextDouble(-1.1, 1.1), rnd.nextDouble(-1.1, 1.1));
            double r = p.length();
            if (r > 0.99 && r < 1) continue;
            assertEquals(r < 1, MeshProximity.isInside(p, sphere), p::toString);
            checked++;
        }
    }

    @Test
    void torusHoleIsOutsideAndTubeIsInside() {
        double ring = 1, tube = 0.3;
        Matrix4d pose = new Matrix4d().translation(0.2, -0.1, 0.3).rotateXYZ(0.3, 0.5, -0.2);
        WorldMesh torus = TestMeshes.torus(ring, tube, 48, 24, pose);
        Matrix4d toLocal = new Matrix4d(pose).invert();
        assertFalse(MeshProximity.isInside(pose.transformPosition(new Vector3d(0, 0, 0)), torus), "the hole");
        assertTrue(MeshProximity.isInside(pose.transformPosition(new Vector3d(1, 0, 0)), torus), "the tube");
        assertTrue(MeshProximity.isInside(pose.transformPosition(new Vector3d(0, 0.1, -1.2)), torus), "the tube");
        // Flat facets stay within 0.005 of the smooth torus at this tessellation: classify outside that band.
        SplittableRandom rnd = new SplittableRandom(5);
        int checked = 0;
        while (checked < 3000) {
            Vector3d local = new Vector3d(rnd.nextDouble(-1.4, 1.4), rnd.nextDouble(-0.4, 0.4), rnd.nextDouble(-1.4, 1.4));
            double ringDistance = Math.sqrt(local.x * local.x + local.z * local.z) - ring;
            double tubeDistance = Math.sqrt(ringDistance * ringDistance + local.y * local.y);
            if (Math.abs(tubeDistance - tube) < 0.01) continue;
            Vector3d world = pose.transformPosition(new Vector3d(local));
            assertEquals(tubeDistance < tube, MeshProximity.isInside(world, torus), local::toString);
            checked++;
        }
    }

    @Test
    void aPointInTwoOverlappingPartsIsInside() {
        WorldMesh two = WorldMesh.concat(TestMeshes.cube(new Matrix4d()), TestMeshes.cube(new Matrix4d().translation(0.5, 0, 0)));
        assertTrue(MeshProximity.isInside(new Vector3d(0.25, 0.1, 0), two), "in both parts (ray parity over all would say 'out')");
        assertTrue(MeshProximity.isInside(new Vector3d(-0.25, 0.1, 0), two));
        assertTrue(MeshProximity.isInside(new Vector3d(0.75, 0.1, 0), two));
        assertFalse(MeshProximity.isInside(new Vector3d(1.25, 0.1, 0), two));
    }

    @Test
    void verticesEdgesAndFaceCentresOfACubeAreNotDeepInside() {
        // Rays from surface points start on a triangle; the inside answer there is either, but never with depth.
        WorldMesh cube = TestMeshes.cube(new Matrix4d());
        for (Vector3d p : new Vector3d[] {new Vector3d(0.5, 0.5, 0.5), new Vector3d(0.5, 0, 0.5), new Vector3d(0.5, 0, 0)})
            assertEquals(0, MeshProximity.distanceToSurface(p, cube), 1e-15);
    }
}
