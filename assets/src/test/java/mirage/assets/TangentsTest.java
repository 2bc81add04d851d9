package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** {@link Tangents} on hand-made triangles whose frames are known. */
class TangentsTest {
    /** One triangle in the z = 0 plane facing +z. */
    private static final float[] POSITIONS = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    private static final float[] NORMALS = {0, 0, 1, 0, 0, 1, 0, 0, 1};
    private static final int[] TRIANGLE = {0, 1, 2};

    @Test
    void uGrowingAlongXAndTheImageTopAlongYIsRightHanded() {
        // v = 0 is the image's top: the vertex at y = 1 has v = 0, so the top is +y = cross(+z, +x)
        float[] t = Tangents.compute(POSITIONS, NORMALS, new float[] {0, 1, 1, 1, 0, 0}, TRIANGLE);
        for (int v = 0; v < 3; v++) assertArrayEquals(new float[] {1, 0, 0, 1}, slice(t, v), 1e-6f);
    }

    @Test
    void aMirroredImageIsLeftHanded() {
        float[] t = Tangents.compute(POSITIONS, NORMALS, new float[] {0, 0, 1, 0, 0, 1}, TRIANGLE);
        for (int v = 0; v < 3; v++) assertArrayEquals(new float[] {1, 0, 0, -1}, slice(t, v), 1e-6f);
    }

    @Test
    void noUvAreaGivesAnyPerpendicularUnitVector() {
        float[] t = Tangents.compute(POSITIONS, NORMALS, new float[6], TRIANGLE);
        for (int v = 0; v < 3; v++) assertArrayEquals(new float[] {0, 1, 0, 1}, slice(t, v), 1e-6f);
    }

    @Test
    void fileTangentsAreMadePerpendicularAndKeepTheirHandedness() {
        float[] t = Tangents.fromFile(new float[] {0, 0, 1}, new float[] {2, 0, 5}, new float[] {0, -1, 0});
        assertArrayEquals(new float[] {1, 0, 0, -1}, t, 1e-6f);
        float[] broken = Tangents.fromFile(new float[] {1, 0, 0}, new float[] {Float.NaN, 0, 0}, new float[] {0, 1, 0});
        assertArrayEquals(new float[] {0, 0, 1, 1}, broken, 1e-6f);
    }

    private static float[] slice(float[] t, int v) {
        return new float[] {t[4 * v], t[4 * v + 1], t[4 * v + 2], t[4 * v + 3]};
    }
}
