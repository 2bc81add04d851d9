package mirage.scenes.sampling;

import mirage.core.geom.Aabb;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * An exact intersection test for two placed boxes, independent of the separating-axis code under test. Two convex
 * polyhedra (closed) intersect iff a vertex of one lies inside the other or an edge of one crosses a face of the
 * other: the intersection, if not empty, is a convex polytope, and each of its vertices is one of those. Each box is
 * a model-space {@link Aabb} under an invertible affine model-to-world transform; the other box's vertices and edges
 * are mapped into the box's own model space, where it is axis-aligned.
 */
final class ExactBoxes {
    /** Corner index bits: x, y, z; the 12 edges join corners differing in one bit. */
    private static final int[][] EDGES = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};

    private ExactBoxes() {}

    static boolean intersect(Matrix4dc ma, Aabb a, Matrix4dc mb, Aabb b) {
        return touches(ma, a, mb, b) || touches(mb, b, ma, a);
    }

    /** True when a vertex of box {@code q} lies in box {@code p}, or an edge of q crosses a face of p. */
    private static boolean touches(Matrix4dc mp, Aabb p, Matrix4dc mq, Aabb q) {
        Matrix4d toP = new Matrix4d(mp).invertAffine().mul(mq);
        Vector3d[] corners = new Vector3d[8];
        for (int c = 0; c < 8; c++) {
            corners[c] = toP.transformPosition(corner(q, c));
            if (inside(corners[c], p)) return true;
        }
        for (int[] e : EDGES)
            if (crossesAFace(corners[e[0]], corners[e[1]], p)) return true;
        return false;
    }

    static Vector3d corner(Aabb box, int c) {
        return new Vector3d((c & 1) == 0 ? box.min().x() : box.max().x(), (c & 2) == 0 ? box.min().y() : box.max().y(),
                (c & 4) == 0 ? box.min().z() : box.max().z());
    }

    private static boolean inside(Vector3d v, Aabb box) {
        for (int i = 0; i < 3; i++) if (v.get(i) < box.min().get(i) || v.get(i) > box.max().get(i)) return false;
        return true;
    }

    /** Whether segment s0-s1 meets one of the six face rectangles of the axis-aligned box. */
    private static boolean crossesAFace(Vector3d s0, Vector3d s1, Aabb box) {
        for (int axis = 0; axis < 3; axis++)
            for (double plane : new double[] {box.min().get(axis), box.max().get(axis)}) {
                double d0 = s0.get(axis) - plane, d1 = s1.get(axis) - plane;
                if (d0 * d1 > 0 || d0 == d1) continue; // both on one side, or parallel to the plane
                double t = d0 / (d0 - d1);
                Vector3d hit = new Vector3d(s1).sub(s0).mul(t).add(s0);
                boolean within = true;
                for (int other = 0; other < 3; other++)
                    if (other != axis && (hit.get(other) < box.min().get(other) || hit.get(other) > box.max().get(other)))
                        within = false;
                if (within) return true;
            }
        return false;
    }
}
