package mirage.assets.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import mirage.assets.MeshChecks;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.Aabb;
import mirage.core.geom.Primitive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every primitive mesh against facts computed from the shape's definition: the exact bounding box, unit normals
 * pointing away from the shape's inside, counter-clockwise triangles, a closed surface, and the analytic volume.
 */
class PrimitiveMeshesTest {
    static MeshData mesh(Primitive p) {
        Model m = PrimitiveMeshes.model(p);
        assertEquals(1, m.meshes().size());
        return m.meshes().get(0);
    }

    @ParameterizedTest
    @EnumSource(Primitive.class)
    void verticesSpanExactlyThePrimitivesBounds(Primitive p) {
        float[] pos = mesh(p).positions();
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE}, max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < pos.length; i++) {
            min[i % 3] = Math.min(min[i % 3], pos[i]);
            max[i % 3] = Math.max(max[i % 3], pos[i]);
        }
        Aabb b = p.bounds();
        MeshChecks.assertVec(min[0], min[1], min[2], b.min());
        MeshChecks.assertVec(max[0], max[1], max[2], b.max());
        assertEquals(b, PrimitiveMeshes.model(p).bounds());
        assertEquals(1f, b.maxExtent(), "largest edge is 1, like a fitted asset");
    }

    @ParameterizedTest
    @EnumSource(Primitive.class)
    void normalsAreUnitAndTrianglesCounterClockwise(Primitive p) {
        MeshChecks.assertUnitNormalsAndCcw(mesh(p));
    }

    /** The normal points away from the nearest point of the shape's core (centre, axis or tube centre line). */
    @ParameterizedTest
    @EnumSource(Primitive.class)
    void normalsPointOutward(Primitive p) {
        MeshData m = mesh(p);
        float[] pos = m.positions(), n = m.normals();
        for (int v = 0; v < m.vertexCount(); v++) {
            double x = pos[3 * v], y = pos[3 * v + 1], z = pos[3 * v + 2];
            double[] inside = switch (p) {
                case CUBE, SPHERE -> new double[] {0, 0, 0};
                case CYLINDER, CONE -> new double[] {0, Math.max(-0.4, Math.min(0.4, y)) * 0.5, 0};
                case TORUS -> {
                    double rho = Math.hypot(x, z);
                    yield new double[] {x / rho * Primitive.TORUS_MAJOR, 0, z / rho * Primitive.TORUS_MAJOR};
                }
            };
            double dot = (x - inside[0]) * n[3 * v] + (y - inside[1]) * n[3 * v + 1] + (z - inside[2]) * n[3 * v + 2];
            assertTrue(dot > 0, p + " vertex " + v + " normal points inward");
        }
    }

    /** Welding vertices by position, every edge belongs to exactly two triangles, in opposite directions. */
    @ParameterizedTest
    @EnumSource(Primitive.class)
    void surfaceIsClosed(Primitive p) {
        MeshData m = mesh(p);
        int[] welded = weld(m.positions());
        Map<Long, Integer> directed = new HashMap<>();
        int[] ix = m.indices();
        for (int t = 0; t < ix.length; t += 3)
            for (int e = 0; e < 3; e++) {
                int a = welded[ix[t + e]], b = welded[ix[t + (e + 1) % 3]];
                assertTrue(a != b, p + " triangle " + t / 3 + " is degenerate");
                directed.merge(((long) a << 32) | b, 1, Integer::sum);
            }
        for (Map.Entry<Long, Integer> e : directed.entrySet()) {
            long a = e.getKey() >>> 32, b = e.getKey() & 0xffffffffL;
            assertEquals(1, e.getValue(), p + " edge " + a + "-" + b + " used twice in one direction");
            assertNotNull(directed.get((b << 32) | a), p + " edge " + a + "-" + b + " is a border");
        }
    }

    static int[] weld(float[] pos) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[pos.length / 3];
        for (int v = 0; v < out.length; v++) {
            String key = Math.round(pos[3 * v] * 1e6) + "," + Math.round(pos[3 * v + 1] * 1e6) + "," + Math.round(pos[3 * v + 2] * 1e6);
            out[v] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return out;
    }

    /** Divergence theorem over the triangles against the analytic volume; faceting (16 segments around the torus tube) loses at most 4 %. */
    @ParameterizedTest
    @EnumSource(Primitive.class)
    void volumeIsCloseToTheAnalyticVolume(Primitive p) {
        MeshData m = mesh(p);
        float[] q = m.positions();
        int[] ix = m.indices();
        double volume = 0;
        for (int t = 0; t < ix.length; t += 3) {
            int a = 3 * ix[t], b = 3 * ix[t + 1], c = 3 * ix[t + 2];
            volume += (q[a] * (q[b + 1] * q[c + 2] - q[b + 2] * q[c + 1])
                    - q[a + 1] * (q[b] * q[c + 2] - q[b + 2] * q[c])
                    + q[a + 2] * (q[b] * q[c + 1] - q[b + 1] * q[c])) / 6;
        }
        double r = 0.5, big = Primitive.TORUS_MAJOR, small = Primitive.TORUS_MINOR;
        double expected = switch (p) {
            case CUBE -> 1;
            case SPHERE -> 4 * Math.PI * r * r * r / 3;
            case CYLINDER -> Math.PI * r * r;
            case CONE -> Math.PI * r * r / 3;
            case TORUS -> 2 * Math.PI * Math.PI * big * small * small;
        };
        assertTrue(volume <= expected * (1 + 1e-6), p + " inscribed mesh is no larger: " + volume + " vs " + expected);
        assertEquals(expected, volume, 0.04 * expected, p + " volume");
        if (p == Primitive.CUBE) assertEquals(1, volume, 1e-6);
    }

    @ParameterizedTest
    @EnumSource(Primitive.class)
    void modestTriangleCountsWithUvsAndOneWhiteMaterial(Primitive p) {
        Model model = PrimitiveMeshes.model(p);
        MeshData m = mesh(p);
        assertTrue(model.triangleCount() >= 12 && model.triangleCount() <= 2048, p + ": " + model.triangleCount());
        assertNotNull(m.uvs());
        for (float uv : m.uvs()) assertTrue(uv >= 0 && uv <= 1, p + " uv in 0..1");
        assertEquals(1, model.materials().size());
        assertEquals(1f, model.materials().get(0).baseColor()[0]);
        assertSame(model, PrimitiveMeshes.model(p), "generated once");
    }
}
