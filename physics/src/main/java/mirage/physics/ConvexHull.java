package mirage.physics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joml.Vector3d;

/**
 * The 3D convex hull of a point set (incremental, in doubles, deterministic): its vertices, outward triangles,
 * volume and volume centroid. Pure Java so a part's mass centre and volume do not depend on the engine.
 * Points closer than {@code 1e-7} of the set's extent to a face count as on it and are dropped.
 */
final class ConvexHull {
    /** xyz of the hull's vertices, in the order they first appear in the input. */
    final float[] vertices;
    final double volume;
    final Vector3d centroid;
    /** Outward face planes, 4 doubles each: n (unit) and d with n.x = d on the face. */
    private final double[] planes;

    private ConvexHull(float[] vertices, double volume, Vector3d centroid, double[] planes) {
        this.vertices = vertices;
        this.volume = volume;
        this.centroid = centroid;
        this.planes = planes;
    }

    /** How far (x, y, z) lies outside the hull: the largest signed distance to a face plane (negative inside). */
    double outside(double x, double y, double z) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < planes.length; f += 4)
            worst = Math.max(worst, planes[f] * x + planes[f + 1] * y + planes[f + 2] * z - planes[f + 3]);
        return worst;
    }

    /** The hull of {@code xyz} (3 floats a point), or null when the points span no volume (flat, a line, a point). */
    static ConvexHull of(float[] xyz) {
        double[] p = distinct(xyz);
        int n = p.length / 3;
        if (n < 4) return null;
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < n; i++)
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], p[3 * i + a]);
                max[a] = Math.max(max[a], p[3 * i + a]);
            }
        double extent = Math.max(max[0] - min[0], Math.max(max[1] - min[1], max[2] - min[2]));
        if (!(extent > 0)) return null;
        return new Builder(p, 1e-7 * extent).build();
    }

    private static double[] distinct(float[] xyz) {
        Set<List<Integer>> seen = new HashSet<>();
        double[] out = new double[xyz.length];
        int k = 0;
        for (int i = 0; i + 2 < xyz.length; i += 3) {
            if (!seen.add(List.of(Float.floatToIntBits(xyz[i]), Float.floatToIntBits(xyz[i + 1]), Float.floatToIntBits(xyz[i + 2]))))
                continue;
            out[k++] = xyz[i];
            out[k++] = xyz[i + 1];
            out[k++] = xyz[i + 2];
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static final class Builder {
        final double[] p;
        final double eps;
        final List<int[]> faces = new ArrayList<>();
        final List<double[]> planes = new ArrayList<>();   // nx, ny, nz, d with n.x = d outward
        final List<Boolean> alive = new ArrayList<>();
        final Map<Long, Integer> edges = new HashMap<>();  // directed edge a->b to the face holding it

        Builder(double[] p, double eps) {
            this.p = p;
            this.eps = eps;
        }

        ConvexHull build() {
            int n = p.length / 3;
            int i0 = 0;
            for (int i = 1; i < n; i++) if (p[3 * i] < p[3 * i0]) i0 = i;
            int i1 = -1;
            double best = 0;
            for (int i = 0; i < n; i++) {
                double d = dist2(i, i0);
                if (d > best) { best = d; i1 = i; }
            }
            if (i1 < 0 || Math.sqrt(best) <= eps) return null;
            int i2 = -1;
            best = 0;
            for (int i = 0; i < n; i++) {
                double d = cross(sub(i1, i0), sub(i, i0)).length();
                if (d > best) { best = d; i2 = i; }
            }
            if (i2 < 0 || best / Math.sqrt(dist2(i1, i0)) <= eps) return null;
            Vector3d nrm = cross(sub(i1, i0), sub(i2, i0)).normalize();
            int i3 = -1;
            best = 0;
            for (int i = 0; i < n; i++) {
                double d = Math.abs(nrm.dot(sub(i, i0)));
                if (d > best) { best = d; i3 = i; }
            }
            if (i3 < 0 || best <= eps) return null;
            if (nrm.dot(sub(i3, i0)) > 0) { int t = i1; i1 = i2; i2 = t; }   // i3 below the face i0 i1 i2
            addFace(i0, i1, i2);
            addFace(i0, i3, i1);
            addFace(i1, i3, i2);
            addFace(i2, i3, i0);
            for (int i = 0; i < n; i++) {
                if (i == i0 || i == i1 || i == i2 || i == i3) continue;
                addPoint(i);
            }
            return finish();
        }

        private void addPoint(int i) {
            int start = -1;
            double best = eps;
            for (int f = 0; f < faces.size(); f++) {
                if (!alive.get(f)) continue;
                double d = distance(f, i);
                if (d > best) { best = d; start = f; }
            }
            if (start < 0) return;
            Set<Integer> visible = new HashSet<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            visible.add(start);
            queue.add(start);
            while (!queue.isEmpty()) {
                int[] t = faces.get(queue.poll());
                for (int e = 0; e < 3; e++) {
                    Integer other = edges.get(key(t[(e + 1) % 3], t[e]));
                    if (other != null && !visible.contains(other) && distance(other, i) > eps) {
                        visible.add(other);
                        queue.add(other);
                    }
                }
            }
            List<int[]> horizon = new ArrayList<>();
            for (int f : visible) {
                int[] t = faces.get(f);
                for (int e = 0; e < 3; e++) {
                    Integer other = edges.get(key(t[(e + 1) % 3], t[e]));
                    if (other == null || !visible.contains(other)) horizon.add(new int[] {t[e], t[(e + 1) % 3]});
                }
            }
            for (int f : visible) {
                int[] t = faces.get(f);
                alive.set(f, false);
                for (int e = 0; e < 3; e++) edges.remove(key(t[e], t[(e + 1) % 3]));
            }
            horizon.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            for (int[] h : horizon) addFace(h[0], h[1], i);
        }

        private void addFace(int a, int b, int c) {
            Vector3d nrm = cross(sub(b, a), sub(c, a));
            double len = nrm.length();
            if (len > 0) nrm.div(len);
            int f = faces.size();
            faces.add(new int[] {a, b, c});
            planes.add(new double[] {nrm.x, nrm.y, nrm.z, nrm.x * p[3 * a] + nrm.y * p[3 * a + 1] + nrm.z * p[3 * a + 2]});
            alive.add(true);
            edges.put(key(a, b), f);
            edges.put(key(b, c), f);
            edges.put(key(c, a), f);
        }

        private ConvexHull finish() {
            boolean[] used = new boolean[p.length / 3];
            List<double[]> kept = new ArrayList<>();
            int o = -1;
            double vol = 0;
            Vector3d acc = new Vector3d();
            for (int f = 0; f < faces.size(); f++) {
                if (!alive.get(f)) continue;
                int[] t = faces.get(f);
                if (o < 0) o = t[0];
                kept.add(planes.get(f));
                for (int v : t) used[v] = true;
                double v6 = sub(t[0], o).dot(cross(sub(t[1], o), sub(t[2], o)));
                vol += v6;
                for (int v : new int[] {o, t[0], t[1], t[2]})
                    acc.add(p[3 * v] * v6, p[3 * v + 1] * v6, p[3 * v + 2] * v6);
            }
            if (!(vol > 0)) return null;
            Vector3d centroid = acc.div(4 * vol);
            int count = 0;
            for (boolean u : used) if (u) count++;
            float[] out = new float[3 * count];
            int k = 0;
            for (int i = 0; i < used.length; i++)
                if (used[i]) {
                    out[k++] = (float) p[3 * i];
                    out[k++] = (float) p[3 * i + 1];
                    out[k++] = (float) p[3 * i + 2];
                }
            double[] pl = new double[4 * kept.size()];
            for (int f = 0; f < kept.size(); f++) System.arraycopy(kept.get(f), 0, pl, 4 * f, 4);
            return new ConvexHull(out, vol / 6, centroid, pl);
        }

        private double distance(int f, int i) {
            double[] pl = planes.get(f);
            return pl[0] * p[3 * i] + pl[1] * p[3 * i + 1] + pl[2] * p[3 * i + 2] - pl[3];
        }

        private Vector3d sub(int a, int b) {
            return new Vector3d(p[3 * a] - p[3 * b], p[3 * a + 1] - p[3 * b + 1], p[3 * a + 2] - p[3 * b + 2]);
        }

        private double dist2(int a, int b) {
            return sub(a, b).lengthSquared();
        }

        private static Vector3d cross(Vector3d a, Vector3d b) {
            return new Vector3d(a).cross(b);
        }

        private static long key(int a, int b) {
            return ((long) a << 32) | (b & 0xffffffffL);
        }
    }
}
