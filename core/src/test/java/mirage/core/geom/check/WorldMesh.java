package mirage.core.geom.check;

import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A closed triangle mesh already placed in world coordinates, for geometric checks that must not trust the
 * physics engine (or the renderer) that produced the pose.
 *
 * <p>Positions are transformed once, in double precision, so that every later query compares plain world
 * coordinates. A mesh may consist of several <em>parts</em> (the closed sub-meshes of one object, e.g. a mug's
 * body and its handle): the inside test treats a point as inside the object when it is inside any part, so
 * parts that overlap each other do not cancel out as they would under a single ray-parity count.
 *
 * <p>Instances are immutable; the triangle hierarchy used by the queries is built on first use.
 */
public final class WorldMesh {
    private final double[] xyz;
    private final int[] indices;
    private final int[] partFirstTriangle;
    private final double[] bounds;
    private volatile TriangleBvh bvh;

    private WorldMesh(double[] xyz, int[] indices, int[] partFirstTriangle) {
        this.xyz = xyz;
        this.indices = indices;
        this.partFirstTriangle = partFirstTriangle;
        this.bounds = boundsOf(xyz);
    }

    /**
     * @param positions     xyz per vertex in model coordinates
     * @param indices       three vertex indices per triangle, the triangles forming a closed surface
     * @param modelToWorld  the object's pose (and scale)
     */
    public static WorldMesh of(float[] positions, int[] indices, Matrix4dc modelToWorld) {
        if (positions.length == 0 || positions.length % 3 != 0)
            throw new IllegalArgumentException("positions must hold xyz triples, got " + positions.length + " floats");
        if (indices.length == 0 || indices.length % 3 != 0)
            throw new IllegalArgumentException("indices must hold triangles, got " + indices.length + " ints");
        int vertexCount = positions.length / 3;
        for (int index : indices)
            if (index < 0 || index >= vertexCount)
                throw new IllegalArgumentException("index " + index + " outside 0.." + (vertexCount - 1));
        double[] xyz = new double[positions.length];
        Vector3d v = new Vector3d();
        for (int i = 0; i < vertexCount; i++) {
            modelToWorld.transformPosition(v.set(positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]));
            xyz[3 * i] = v.x;
            xyz[3 * i + 1] = v.y;
            xyz[3 * i + 2] = v.z;
        }
        return new WorldMesh(xyz, indices.clone(), new int[] {0});
    }

    /** One object made of several closed meshes; each input's parts stay separate parts. */
    public static WorldMesh concat(List<WorldMesh> meshes) {
        if (meshes.isEmpty()) throw new IllegalArgumentException("nothing to concatenate");
        int floats = 0, ints = 0, parts = 0;
        for (WorldMesh m : meshes) {
            floats += m.xyz.length;
            ints += m.indices.length;
            parts += m.partFirstTriangle.length;
        }
        double[] xyz = new double[floats];
        int[] indices = new int[ints];
        int[] partFirst = new int[parts];
        int f = 0, n = 0, p = 0;
        for (WorldMesh m : meshes) {
            System.arraycopy(m.xyz, 0, xyz, f, m.xyz.length);
            int vertexOffset = f / 3, triangleOffset = n / 3;
            for (int i = 0; i < m.indices.length; i++) indices[n + i] = m.indices[i] + vertexOffset;
            for (int first : m.partFirstTriangle) partFirst[p++] = first + triangleOffset;
            f += m.xyz.length;
            n += m.indices.length;
        }
        return new WorldMesh(xyz, indices, partFirst);
    }

    public static WorldMesh concat(WorldMesh... meshes) {
        return concat(Arrays.asList(meshes));
    }

    public int vertexCount() {
        return xyz.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    public int partCount() {
        return partFirstTriangle.length;
    }

    public Vector3d vertex(int i, Vector3d dest) {
        return dest.set(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
    }

    /** World-space corner of the axis-aligned bounds (a fresh copy). */
    public Vector3dc aabbMin() {
        return new Vector3d(bounds[0], bounds[1], bounds[2]);
    }

    public Vector3dc aabbMax() {
        return new Vector3d(bounds[3], bounds[4], bounds[5]);
    }

    /** Whether the two world AABBs intersect or touch; meshes whose boxes do not cannot interpenetrate. */
    public boolean aabbOverlaps(WorldMesh other) {
        return aabbOverlaps(other, 0);
    }

    /** Whether the two world AABBs come within {@code gap} of each other. */
    public boolean aabbOverlaps(WorldMesh other, double gap) {
        double[] a = bounds, b = other.bounds;
        return a[0] <= b[3] + gap && b[0] <= a[3] + gap && a[1] <= b[4] + gap && b[1] <= a[4] + gap
                && a[2] <= b[5] + gap && b[2] <= a[5] + gap;
    }

    boolean aabbContains(double x, double y, double z) {
        return x >= bounds[0] && x <= bounds[3] && y >= bounds[1] && y <= bounds[4] && z >= bounds[2] && z <= bounds[5];
    }

    /** Whether the box [lo, hi] meets this mesh's AABB. */
    boolean aabbMeets(double[] lo, double[] hi) {
        return lo[0] <= bounds[3] && bounds[0] <= hi[0] && lo[1] <= bounds[4] && bounds[1] <= hi[1]
                && lo[2] <= bounds[5] && bounds[2] <= hi[2];
    }

    /** Shared, never to be modified: world xyz per vertex. */
    double[] xyz() {
        return xyz;
    }

    /** Shared, never to be modified. */
    int[] indices() {
        return indices;
    }

    int partOfTriangle(int triangle) {
        int lo = 0, hi = partFirstTriangle.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (partFirstTriangle[mid] <= triangle) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Built on first use; a race only builds an equal hierarchy twice, so no lock is needed. */
    TriangleBvh bvh() {
        TriangleBvh b = bvh;
        if (b == null) bvh = b = new TriangleBvh(this);
        return b;
    }

    private static double[] boundsOf(double[] xyz) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xyz.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                b[k] = Math.min(b[k], xyz[i + k]);
                b[3 + k] = Math.max(b[3 + k], xyz[i + k]);
            }
        }
        return b;
    }

    @Override
    public String toString() {
        return "WorldMesh[" + triangleCount() + " triangles, " + partCount() + " part(s), aabb " + aabbMin() + ".."
                + aabbMax() + "]";
    }
}
