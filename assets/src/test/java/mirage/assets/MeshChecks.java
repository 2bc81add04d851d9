package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.UnaryOperator;

/** Assertions shared by the model import tests. */
public final class MeshChecks {
    private MeshChecks() {
    }

    /** Every normal has unit length (±1e-5). */
    public static void assertUnitNormals(MeshData m) {
        float[] n = m.normals();
        for (int v = 0; v < m.vertexCount(); v++) {
            double len = Math.sqrt(n[3 * v] * n[3 * v] + n[3 * v + 1] * n[3 * v + 1] + n[3 * v + 2] * n[3 * v + 2]);
            assertEquals(1.0, len, 1e-5, "normal length of vertex " + v);
        }
    }

    /** Tangents present, unit length and perpendicular to the normals (±1e-5), handedness ±1. */
    public static void assertUnitTangents(MeshData m) {
        float[] n = m.normals(), t = m.tangents();
        assertTrue(t != null, "the mesh has tangents");
        for (int v = 0; v < m.vertexCount(); v++) {
            double len = Math.sqrt(t[4 * v] * t[4 * v] + t[4 * v + 1] * t[4 * v + 1] + t[4 * v + 2] * t[4 * v + 2]);
            assertEquals(1.0, len, 1e-5, "tangent length of vertex " + v);
            assertEquals(0.0, t[4 * v] * n[3 * v] + t[4 * v + 1] * n[3 * v + 1] + t[4 * v + 2] * n[3 * v + 2], 1e-5, "tangent . normal of vertex " + v);
            assertEquals(1.0, Math.abs(t[4 * v + 3]), 0.0, "handedness of vertex " + v);
        }
    }

    /** Unit normals, and every triangle is counter-clockwise around its first vertex's normal. */
    public static void assertUnitNormalsAndCcw(MeshData m) {
        assertUnitNormals(m);
        float[] p = m.positions(), n = m.normals();
        int[] ix = m.indices();
        for (int t = 0; t < ix.length; t += 3) {
            int a = 3 * ix[t], b = 3 * ix[t + 1], c = 3 * ix[t + 2];
            double ex = p[b] - p[a], ey = p[b + 1] - p[a + 1], ez = p[b + 2] - p[a + 2];
            double fx = p[c] - p[a], fy = p[c + 1] - p[a + 1], fz = p[c + 2] - p[a + 2];
            double dot = (ey * fz - ez * fy) * n[a] + (ez * fx - ex * fz) * n[a + 1] + (ex * fy - ey * fx) * n[a + 2];
            assertTrue(dot > 0, "triangle " + t / 3 + " is not counter-clockwise around its normal");
        }
    }

    /**
     * For a {@link Cube} imported with flat face normals: each vertex's uv is the one written for its face corner,
     * mapped by {@code expectedUv} (identity for glTF, v → 1 − v for OBJ).
     *
     * @param toCube maps an imported position back to cube coordinates (undoing node transforms)
     */
    public static void assertCubeUvs(MeshData m, UnaryOperator<float[]> toCube, UnaryOperator<float[]> expectedUv) {
        float[] p = m.positions(), n = m.normals(), uv = m.uvs();
        for (int v = 0; v < m.vertexCount(); v++) {
            int face = Cube.faceOf(n[3 * v], n[3 * v + 1], n[3 * v + 2]);
            if (face < 0) fail("vertex " + v + " normal is not a cube face normal");
            float[] local = toCube.apply(new float[] {p[3 * v], p[3 * v + 1], p[3 * v + 2]});
            int corner = Cube.cornerOf(face, local);
            if (corner < 0) fail("vertex " + v + " is not a corner of face " + face);
            float[] want = expectedUv.apply(Cube.UV[corner].clone());
            assertEquals(want[0], uv[2 * v], "u of vertex " + v);
            assertEquals(want[1], uv[2 * v + 1], "v of vertex " + v);
        }
    }

    public static void assertVec(float x, float y, float z, org.joml.Vector3fc actual) {
        assertEquals(x, actual.x(), "x");
        assertEquals(y, actual.y(), "y");
        assertEquals(z, actual.z(), "z");
    }

    public static void assertVec(float x, float y, float z, org.joml.Vector3fc actual, float tolerance) {
        assertEquals(x, actual.x(), tolerance, "x");
        assertEquals(y, actual.y(), tolerance, "y");
        assertEquals(z, actual.z(), tolerance, "z");
    }
}
