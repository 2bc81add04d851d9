package mirage.annotators.labels;

import java.util.ArrayList;
import java.util.List;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import mirage.core.image.IdImage;

/**
 * A fluent test builder for consistent {@link InstanceLabel}s: masks given as pixel rows, pose as rotation,
 * translation, per-axis scale and model box; counts, boxes, RLEs, visibility, the 3D box and its projection are
 * derived.
 */
public final class InstanceSpec {
    private final int index;
    private final CategoryLabel category;
    private Long annotationId;
    private boolean[] visible;
    private boolean[] amodal;
    private double truncation;
    private double[] projectedBox;
    private boolean ignore;
    private double[] rotation = Geometry.rotation(0, 1, 0, 0);
    private double[] translation = {0, 0, 2};
    private double[] scale = {1, 1, 1};
    private double[] min = {-0.1, -0.1, -0.1};
    private double[] max = {0.1, 0.1, 0.1};
    private final List<KeypointLabel> keypoints = new ArrayList<>();

    public InstanceSpec(int index, CategoryLabel category) {
        this.index = index;
        this.category = category;
    }

    public InstanceSpec annotationId(Long id) {
        annotationId = id;
        return this;
    }

    /** Visible and amodal masks, row-major over the camera image. */
    public InstanceSpec masks(boolean[] visibleMask, boolean[] amodalMask) {
        visible = visibleMask;
        amodal = amodalMask;
        return this;
    }

    public InstanceSpec truncation(double share, double[] projected) {
        truncation = share;
        projectedBox = projected;
        return this;
    }

    public InstanceSpec projected(double[] box) {
        projectedBox = box;
        return this;
    }

    public InstanceSpec ignore() {
        ignore = true;
        return this;
    }

    /** Pose {@code R diag(s) p + t}: the model scaled by s[0], s[1], s[2] along its x, y, z, then rotated. */
    public InstanceSpec pose(double[] r, double[] t, double[] s) {
        rotation = r;
        translation = t;
        scale = s;
        return this;
    }

    public InstanceSpec modelBox(double[] lo, double[] hi) {
        min = lo;
        max = hi;
        return this;
    }

    public InstanceSpec keypoint(String name, double u, double v, double depth, KeypointVisibility vis) {
        keypoints.add(new KeypointLabel(name, u, v, depth, vis));
        return this;
    }

    public InstanceLabel build(CameraLabel cam, double[] worldToCamera) {
        Rle vis = rle(cam, visible);
        Rle amo = rle(cam, amodal);
        long visiblePixels = CocoRle.area(vis);
        long amodalPixels = CocoRle.area(amo);
        double visibility = amodalPixels == 0 ? 0 : (double) visiblePixels / amodalPixels;
        double[] m2c = Geometry.affine(rotation, translation, scale);
        double[] m2w = Geometry.mul(Geometry.rigidInverse(worldToCamera), m2c);
        double[] size = new double[3];
        for (int i = 0; i < 3; i++) size[i] = (max[i] - min[i]) * scale[i];
        double[] corners = new double[24];
        double[] image = new double[16];
        boolean inFront = true;
        for (int c = 0; c < 8; c++) {
            double[] p = {(c & 1) != 0 ? max[0] : min[0], (c & 2) != 0 ? max[1] : min[1], (c & 4) != 0 ? max[2] : min[2]};
            double[] q = Geometry.apply(rotation, translation, scale, p);
            System.arraycopy(q, 0, corners, c * 3, 3);
            inFront &= q[2] > 0;
            image[c * 2] = cam.projectU(q[0], q[2]);
            image[c * 2 + 1] = cam.projectV(q[1], q[2]);
        }
        MasksLabel masks = new MasksLabel(new MasksLabel.Region(visiblePixels, CocoRle.bbox(vis).orElse(null), vis),
                new MasksLabel.Region(amodalPixels, CocoRle.bbox(amo).orElse(null), amo), projectedBox);
        return new InstanceLabel(index, annotationId, category.name(), category.id(), "models/" + category.name() + ".glb",
                new PoseLabel(m2w, m2c, rotation, translation, scale, size), masks,
                new VisibilityLabel(visibility, truncation, ignore), new Box3dLabel(corners, inFront ? image : null),
                keypoints);
    }

    private static Rle rle(CameraLabel cam, boolean[] mask) {
        int[] ids = new int[cam.width() * cam.height()];
        for (int i = 0; i < ids.length; i++) ids[i] = mask[i] ? 1 : 0;
        return CocoRle.encode(new IdImage(cam.width(), cam.height(), ids), 1);
    }

    /** A row-major mask from rows of '#' (set) and '.' (clear). */
    public static boolean[] mask(String... rows) {
        int w = rows[0].length();
        boolean[] m = new boolean[rows.length * w];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length() != w) throw new IllegalArgumentException("row " + r + " has length " + rows[r].length());
            for (int c = 0; c < w; c++) m[r * w + c] = rows[r].charAt(c) == '#';
        }
        return m;
    }
}
