package mirage.core.geom.check;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Geometric checks on posed meshes, computed from the triangles alone so that tests can verify what a physics
 * engine claims (a settled pile without interpenetration, objects resting on the floor) without asking it.
 *
 * <p>Lengths are in world units; Mirage scenes use metres, for which {@link #DEFAULT_SPACING} (1 mm) is
 * meant. All methods are thread-safe.
 */
public final class MeshProximity {
    /** Default largest distance between neighbouring surface samples in {@link #penetrationDepth}. */
    public static final double DEFAULT_SPACING = 1e-3;

    private MeshProximity() {}

    /** {@link #penetration(WorldMesh, WorldMesh, double)} at {@link #DEFAULT_SPACING}, depth only. */
    public static double penetrationDepth(WorldMesh a, WorldMesh b) {
        return penetration(a, b, DEFAULT_SPACING).depth();
    }

    public static double penetrationDepth(WorldMesh a, WorldMesh b, double maxSpacing) {
        return penetration(a, b, maxSpacing).depth();
    }

    /**
     * How deep two closed meshes interpenetrate: the largest distance from a surface sample of one that lies
     * inside the other to that other's surface, over both directions; {@link Penetration#NONE} when disjoint
     * or merely touching.
     *
     * <p>The result is the exact depth of a real surface point, so it never exceeds the true maximum over the
     * two surfaces: it is a lower bound of that maximum. Grid sampling alone can fall short of it by up to
     * about maxSpacing/2 where the maximum sits on a ridge between samples (crossing edges, a face centre
     * over a pyramid of depths); the best samples are refined locally, which in the cases a settled pile
     * produces (vertex, edge or face pushed into a face, crossing edges) brings it to ~1e-4·maxSpacing. Two
     * caveats: a feature of one mesh swallowed entirely between samples of the other is only found through
     * the other direction's samples, so keep the spacing below the smallest feature; and a mesh entirely
     * inside another reports only the depth of its own surface. The measure is a sample's distance to the
     * other surface, not a separating translation: two edges crossing by delta report delta/sqrt(2) when
     * their faces meet at right angles.
     *
     * @param maxSpacing the largest distance between neighbouring samples on a triangle (world units)
     */
    public static Penetration penetration(WorldMesh a, WorldMesh b, double maxSpacing) {
        if (!(maxSpacing > 0)) throw new IllegalArgumentException("spacing must be positive: " + maxSpacing);
        if (!a.aabbOverlaps(b)) return Penetration.NONE;
        PenetrationSearch aInB = new PenetrationSearch(a, b, maxSpacing);
        aInB.run();
        PenetrationSearch bInA = new PenetrationSearch(b, a, maxSpacing);
        bInA.best = aInB.best;   // only a deeper point of B can change the answer: prunes B's samples early
        bInA.run();
        PenetrationSearch deeper = bInA.found() ? bInA : aInB;
        if (!deeper.found()) return Penetration.NONE;
        return new Penetration(deeper.best, new Vector3d(deeper.witness[0], deeper.witness[1], deeper.witness[2]),
                deeper == aInB);
    }

    /** Exact unsigned distance from a point to the mesh's surface (its nearest triangle). */
    public static double distanceToSurface(Vector3dc point, WorldMesh m) {
        return Math.sqrt(m.bvh().distanceSquared(point.x(), point.y(), point.z(), 0));
    }

    /** Whether the point lies inside the closed mesh (inside any of its parts); see {@link Inside}. */
    public static boolean isInside(Vector3dc point, WorldMesh m) {
        return Inside.test(point.x(), point.y(), point.z(), m);
    }

    /**
     * Whether {@code m} touches {@code other} below the height {@code belowY}: a vertex of either mesh lower than
     * {@code belowY} lies within {@code tolerance} of the other's surface. With {@code belowY} the height of m's
     * centre, this is what holds m up in a pile: a ball resting on two others touches them below its centre,
     * although its lowest point hangs free between them.
     */
    public static boolean touchesBelow(WorldMesh m, double belowY, WorldMesh other, double tolerance) {
        if (!m.aabbOverlaps(other, tolerance)) return false;
        return anyVertexNear(m, belowY, other, tolerance) || anyVertexNear(other, belowY, m, tolerance);
    }

    private static boolean anyVertexNear(WorldMesh from, double belowY, WorldMesh to, double tolerance) {
        Vector3d v = new Vector3d();
        for (int i = 0; i < from.vertexCount(); i++) {
            from.vertex(i, v);
            if (v.y < belowY && distanceToSurface(v, to) <= tolerance) return true;
        }
        return false;
    }

    /** The vertex with the smallest world y (the first such, on ties): what rests on a floor. */
    public static Vector3d lowestPoint(WorldMesh m) {
        Vector3d v = new Vector3d(), lowest = m.vertex(0, new Vector3d());
        for (int i = 1; i < m.vertexCount(); i++)
            if (m.vertex(i, v).y < lowest.y) lowest.set(v);
        return lowest;
    }
}
