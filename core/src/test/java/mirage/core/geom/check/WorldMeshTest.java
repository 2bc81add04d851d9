package mirage.core.geom.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class WorldMeshTest {
    @Test
    void positionsAreTransformedAndBoundedInWorldSpace() {
        WorldMesh m = TestMeshes.cube(new Matrix4d().translation(1, 2, 3).scale(2, 1, 0.5));
        assertEquals(new Vector3d(0, 1.5, 2.75), m.aabbMin());
        assertEquals(new Vector3d(2, 2.5, 3.25), m.aabbMax());
        assertEquals(8, m.vertexCount());
        assertEquals(12, m.triangleCount());
    }

    @Test
    void concatenationKeepsPartsAndUnitesBounds() {
        WorldMesh a = TestMeshes.cube(new Matrix4d()), b = TestMeshes.cube(new Matrix4d().translation(3, 0, 0));
        WorldMesh both = WorldMesh.concat(a, b);
        assertEquals(2, both.partCount());
        assertEquals(24, both.triangleCount());
        assertEquals(new Vector3d(-0.5, -0.5, -0.5), both.aabbMin());
        assertEquals(new Vector3d(3.5, 0.5, 0.5), both.aabbMax());
        assertEquals(new Vector3d(3.5, 0.5, 0.5), both.vertex(15, new Vector3d()));
        assertTrue(MeshProximity.isInside(new Vector3d(3, 0, 0), both));
        assertFalse(MeshProximity.isInside(new Vector3d(1.5, 0, 0), both), "between the parts");
        assertEquals(3, WorldMesh.concat(both, a).partCount());
    }

    @Test
    void aabbOverlapIncludesTouching() {
        WorldMesh a = TestMeshes.cube(new Matrix4d());
        assertTrue(a.aabbOverlaps(TestMeshes.cube(new Matrix4d().translation(1, 0, 0))));
        assertFalse(a.aabbOverlaps(TestMeshes.cube(new Matrix4d().translation(1.001, 0, 0))));
    }

    @Test
    void malformedInputIsRejected() {
        Matrix4d id = new Matrix4d();
        assertThrows(IllegalArgumentException.class, () -> WorldMesh.of(new float[] {0, 0}, new int[] {0, 0, 0}, id));
        assertThrows(IllegalArgumentException.class, () -> WorldMesh.of(new float[] {0, 0, 0}, new int[] {0, 0}, id));
        assertThrows(IllegalArgumentException.class, () -> WorldMesh.of(new float[] {0, 0, 0}, new int[] {0, 0, 1}, id));
    }
}
