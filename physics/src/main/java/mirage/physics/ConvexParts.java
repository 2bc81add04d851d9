package mirage.physics;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.core.geom.Aabb;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A model's collision geometry in its own (file) coordinates: convex parts, each given by its hull's vertices
 * (xyz floats), with the parts' total volume and volume centroid. The centroid is the body's centre of mass (uniform
 * density), so Bullet's body origin sits there and a settled pose maps back to model coordinates through it.
 * Parts may overlap a little (V-HACD's do); volume and centroid simply add them. Immutable; pure Java.
 */
public final class ConvexParts {
    /** A flat model (a sheet) gets a box this thick relative to its largest extent, so it has a volume. */
    static final double MIN_THICKNESS = 0.01;
    /**
     * Parts cover every model vertex to within this fraction of the model's largest extent (see {@link HullCover}):
     * 1 mm at 10 cm, which the 1 mm margin Bullet adds outside every hull takes up.
     */
    static final double COVER_TOLERANCE = 0.01;

    private final CollisionKind kind;
    private final List<float[]> parts;
    private final double volume;
    private final Vector3d centroid;

    private ConvexParts(CollisionKind kind, List<float[]> parts, double volume, Vector3d centroid) {
        this.kind = kind;
        this.parts = List.copyOf(parts);
        this.volume = volume;
        this.centroid = centroid;
    }

    /** The 8 corners of {@code model}'s bounds; a flat box is thickened to {@link #MIN_THICKNESS} of its largest edge. */
    public static ConvexParts box(Model model) {
        return box(model.bounds());
    }

    static ConvexParts box(Aabb bounds) {
        float[] min = {bounds.min().x(), bounds.min().y(), bounds.min().z()};
        float[] max = {bounds.max().x(), bounds.max().y(), bounds.max().z()};
        float extent = bounds.maxExtent();
        if (!(extent > 0) || !Float.isFinite(extent))
            throw new IllegalArgumentException("model bounds have no extent: " + bounds);
        for (int a = 0; a < 3; a++) {
            float half = (float) (MIN_THICKNESS * extent / 2);
            if (max[a] - min[a] < 2 * half) {
                float mid = (min[a] + max[a]) / 2;
                min[a] = mid - half;
                max[a] = mid + half;
            }
        }
        float[] corners = new float[24];
        for (int i = 0; i < 8; i++) {
            corners[3 * i] = (i & 1) == 0 ? min[0] : max[0];
            corners[3 * i + 1] = (i & 2) == 0 ? min[1] : max[1];
            corners[3 * i + 2] = (i & 4) == 0 ? min[2] : max[2];
        }
        return of(CollisionKind.BOX, List.of(corners));
    }

    /**
     * The convex hull of all of {@code model}'s vertices, its points capped by {@link HullReduction} and then grown
     * back by {@link HullCover} until it covers the full hull; a flat model falls back to {@link #box(Model)}.
     */
    public static ConvexParts hull(Model model) {
        ConvexHull full = ConvexHull.of(positions(model));
        if (full == null) return box(model);
        float[] capped = HullReduction.cap(full.vertices);
        if (ConvexHull.of(capped) == null) capped = full.vertices;
        List<float[]> covered = HullCover.cover(List.of(capped), full.vertices, tolerance(model));
        return of(CollisionKind.HULL, covered);
    }

    /** V-HACD's point sets grown by {@link HullCover} until they cover {@code model}'s vertices. */
    static ConvexParts vhacd(Model model, List<float[]> pointSets) {
        return of(CollisionKind.VHACD, HullCover.cover(pointSets, positions(model), tolerance(model)));
    }

    private static double tolerance(Model model) {
        return COVER_TOLERANCE * model.bounds().maxExtent();
    }

    /**
     * Parts of the given kind from point sets (each reduced to its hull here); sets spanning no volume are dropped.
     * IllegalArgumentException when none is left.
     */
    static ConvexParts of(CollisionKind kind, List<float[]> pointSets) {
        List<float[]> parts = new ArrayList<>();
        double volume = 0;
        Vector3d acc = new Vector3d();
        for (float[] set : pointSets) {
            ConvexHull h = ConvexHull.of(set);
            if (h == null) continue;
            parts.add(h.vertices);
            volume += h.volume;
            acc.fma(h.volume, h.centroid);
        }
        if (parts.isEmpty()) throw new IllegalArgumentException(kind.specName() + " parts span no volume");
        return new ConvexParts(kind, parts, volume, acc.div(volume));
    }

    /** All vertex positions of all meshes, xyz. */
    static float[] positions(Model model) {
        int n = 0;
        for (MeshData m : model.meshes()) n += m.positions().length;
        float[] out = new float[n];
        int k = 0;
        for (MeshData m : model.meshes()) {
            System.arraycopy(m.positions(), 0, out, k, m.positions().length);
            k += m.positions().length;
        }
        return out;
    }

    /** All triangles of all meshes, indexing {@link #positions(Model)}. */
    static int[] indices(Model model) {
        int n = 0;
        for (MeshData m : model.meshes()) n += m.indices().length;
        int[] out = new int[n];
        int k = 0;
        int base = 0;
        for (MeshData m : model.meshes()) {
            for (int i : m.indices()) out[k++] = base + i;
            base += m.vertexCount();
        }
        return out;
    }

    public CollisionKind kind() {
        return kind;
    }

    public int count() {
        return parts.size();
    }

    /** Part {@code i}'s hull vertices, xyz, model units (a copy). */
    public float[] part(int i) {
        return parts.get(i).clone();
    }

    /** The parts themselves, not copied: callers in this package must not write to them. */
    List<float[]> raw() {
        return parts;
    }

    /** Total volume of the parts, model units cubed. */
    public double volume() {
        return volume;
    }

    /** Volume centroid of the parts, model coordinates: the centre of mass. */
    public Vector3dc centroid() {
        return new Vector3d(centroid);
    }

    /** Total hull vertex count over all parts. */
    public int vertexCount() {
        return parts.stream().mapToInt(p -> p.length / 3).sum();
    }

    @Override
    public String toString() {
        return kind.specName() + " parts=" + parts.size() + " vertices=" + vertexCount() + " volume=" + volume;
    }
}
