package mirage.core.geom.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;

/** Closed meshes built from first principles, so that the checks are not tested against Mirage's own assets. */
final class TestMeshes {
    private TestMeshes() {}

    static final Matrix4dc IDENTITY = new Matrix4d();

    /** Unit cube centred on the origin: 8 corners, 12 triangles wound outwards. */
    static WorldMesh cube(Matrix4dc pose) {
        float[] p = new float[24];
        for (int i = 0; i < 8; i++) {
            p[3 * i] = (i & 1) == 0 ? -0.5f : 0.5f;
            p[3 * i + 1] = (i & 2) == 0 ? -0.5f : 0.5f;
            p[3 * i + 2] = (i & 4) == 0 ? -0.5f : 0.5f;
        }
        int[] faces = { // quads, corner bit 1 = +x, 2 = +y, 4 = +z
                0, 4, 6, 2,  1, 3, 7, 5,   // -x, +x
                0, 1, 5, 4,  2, 6, 7, 3,   // -y, +y
                0, 2, 3, 1,  4, 5, 7, 6};  // -z, +z
        int[] idx = new int[36];
        for (int f = 0; f < 6; f++) {
            int a = faces[4 * f], b = faces[4 * f + 1], c = faces[4 * f + 2], d = faces[4 * f + 3];
            System.arraycopy(new int[] {a, b, c, a, c, d}, 0, idx, 6 * f, 6);
        }
        return WorldMesh.of(p, idx, pose);
    }

    /** Icosahedron subdivided {@code levels} times, vertices pushed onto the sphere of the given radius. */
    static WorldMesh icosphere(int levels, double radius, Matrix4dc pose) {
        double g = (1 + Math.sqrt(5)) / 2;
        List<double[]> v = new ArrayList<>();
        double[][] base = {{-1, g, 0}, {1, g, 0}, {-1, -g, 0}, {1, -g, 0}, {0, -1, g}, {0, 1, g}, {0, -1, -g},
                {0, 1, -g}, {g, 0, -1}, {g, 0, 1}, {-g, 0, -1}, {-g, 0, 1}};
        for (double[] b : base) v.add(unit(b));
        int[] tris = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6,
                7, 1, 8, 3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
        for (int l = 0; l < levels; l++) {
            Map<Long, Integer> midpoints = new HashMap<>();
            int[] next = new int[tris.length * 4];
            for (int t = 0; t < tris.length / 3; t++) {
                int a = tris[3 * t], b = tris[3 * t + 1], c = tris[3 * t + 2];
                int ab = midpoint(a, b, v, midpoints), bc = midpoint(b, c, v, midpoints), ca = midpoint(c, a, v, midpoints);
                System.arraycopy(new int[] {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca}, 0, next, 12 * t, 12);
            }
            tris = next;
        }
        float[] p = new float[3 * v.size()];
        for (int i = 0; i < v.size(); i++)
            for (int k = 0; k < 3; k++) p[3 * i + k] = (float) (v.get(i)[k] * radius);
        return WorldMesh.of(p, tris, pose);
    }

    /** Torus around the y axis: ring radius R, tube radius r, closed by wrapping both angles. */
    static WorldMesh torus(double ringRadius, double tubeRadius, int ringSegments, int tubeSegments, Matrix4dc pose) {
        float[] p = new float[3 * ringSegments * tubeSegments];
        int[] idx = new int[6 * ringSegments * tubeSegments];
        for (int i = 0; i < ringSegments; i++) {
            double u = 2 * Math.PI * i / ringSegments;
            for (int j = 0; j < tubeSegments; j++) {
                double w = 2 * Math.PI * j / tubeSegments, rho = ringRadius + tubeRadius * Math.cos(w);
                int k = i * tubeSegments + j;
                p[3 * k] = (float) (rho * Math.cos(u));
                p[3 * k + 1] = (float) (tubeRadius * Math.sin(w));
                p[3 * k + 2] = (float) (rho * Math.sin(u));
                int a = k, b = ((i + 1) % ringSegments) * tubeSegments + j;
                int c = ((i + 1) % ringSegments) * tubeSegments + (j + 1) % tubeSegments;
                int d = i * tubeSegments + (j + 1) % tubeSegments;
                System.arraycopy(new int[] {a, b, c, a, c, d}, 0, idx, 6 * k, 6);
            }
        }
        return WorldMesh.of(p, idx, pose);
    }

    private static int midpoint(int a, int b, List<double[]> v, Map<Long, Integer> cache) {
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        return cache.computeIfAbsent(key, k -> {
            double[] pa = v.get(a), pb = v.get(b);
            v.add(unit(new double[] {pa[0] + pb[0], pa[1] + pb[1], pa[2] + pb[2]}));
            return v.size() - 1;
        });
    }

    private static double[] unit(double[] d) {
        double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        return new double[] {d[0] / len, d[1] / len, d[2] / len};
    }
}
