package mirage.assets.assimp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SmoothNormalsTest {
    @Test
    void flatQuadFacesItsWinding() {
        float[] p = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1}, SmoothNormals.compute(p, new int[] {0, 1, 2, 0, 2, 3}));
        assertArrayEquals(new float[] {0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1}, SmoothNormals.compute(p, new int[] {0, 2, 1, 0, 3, 2}));
    }

    @Test
    void verticesSharingAPositionShareTheNormal() {
        // two triangles at right angles (normals +Z and +Y) sharing the x-axis edge, duplicated as at a UV seam
        float[] p = {0, 0, 0, 1, 0, 0, 0, 1, 0, /* seam copies */ 0, 0, 0, 1, 0, 0, 0, 0, 1};
        float[] n = SmoothNormals.compute(p, new int[] {0, 1, 2, 4, 3, 5});
        float s = (float) (1 / Math.sqrt(2));
        assertArrayEquals(new float[] {0, s, s}, new float[] {n[0], n[1], n[2]}, 1e-6f);
        assertArrayEquals(new float[] {n[0], n[1], n[2]}, new float[] {n[9], n[10], n[11]});
        assertArrayEquals(new float[] {0, 0, 1}, new float[] {n[6], n[7], n[8]});
        assertArrayEquals(new float[] {0, 1, 0}, new float[] {n[15], n[16], n[17]});
    }

    @Test
    void degenerateAndUnusedVerticesGetPlusZ() {
        float[] p = {0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5};
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1}, SmoothNormals.compute(p, new int[] {0, 1, 2}));
    }
}
