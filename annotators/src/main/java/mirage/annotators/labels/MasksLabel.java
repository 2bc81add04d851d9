package mirage.annotators.labels;

import java.util.Objects;
import java.util.Optional;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/**
 * An instance's 2D extent in the frame: its visible and amodal pixels and the box of its projected model. Boxes
 * are {@link PixelBox}es in pixel-edge coordinates. The projected box is copied on construction and returned as a
 * copy; equality compares its contents.
 *
 * <p>Checked here: {@code 0 <= visible.pixels <= amodal.pixels}, each region's box present exactly when its pixel
 * count is positive, the visible box inside the amodal box, each mask's area and box equal to its region's count and
 * box, and the projected box finite with width and height {@code >= 0}. Checks that need the camera are in
 * {@link FrameLabel}.
 *
 * @param visible the pixels of the instance in the instance mask
 * @param amodal the instance's full silhouette (as if alone), clipped to the image
 * @param projectedBox 4 numbers {@code [x, y, w, h]}: the box of the projected model vertices in continuous
 *     pixel-edge coordinates (pixel-centre coordinate + 0.5), not clipped to the image; null when a vertex is
 *     behind the camera
 */
public record MasksLabel(Region visible, Region amodal, double[] projectedBox) {
    /** The names of the two regions: the prefixes of their keys in messages and JSON. */
    static final String VISIBLE = "visible";
    static final String AMODAL = "amodal";

    /**
     * A set of pixels of the instance, checked by the {@link MasksLabel} that holds it.
     *
     * @param pixels how many pixels
     * @param box their tight box, null when there are none
     * @param rle their COCO RLE over the whole image, or null when not recorded
     */
    public record Region(long pixels, PixelBox box, Rle rle) {
    }

    public MasksLabel {
        Objects.requireNonNull(visible, "visible");
        Objects.requireNonNull(amodal, "amodal");
        projectedBox = Checks.finiteOrNull(projectedBox, 4, "projected_box");
        Checks.require(visible.pixels() >= 0 && visible.pixels() <= amodal.pixels(), "needs 0 <= visible_pixels"
                + " <= amodal_pixels, got " + visible.pixels() + ", " + amodal.pixels());
        boxPresent(VISIBLE, visible);
        boxPresent(AMODAL, amodal);
        PixelBox v = visible.box();
        PixelBox a = amodal.box();
        if (v != null) {
            Checks.require(v.x() >= a.x() && v.y() >= a.y() && v.maxCol() <= a.maxCol() && v.maxRow() <= a.maxRow(),
                    "visible_box is not inside amodal_box");
        }
        maskAgrees(VISIBLE, visible);
        maskAgrees(AMODAL, amodal);
        if (projectedBox != null) {
            Checks.require(projectedBox[2] >= 0 && projectedBox[3] >= 0,
                    "projected_box width and height must be >= 0");
        }
    }

    /** The region's box is present exactly when its pixel count is positive. */
    private static void boxPresent(String name, Region r) {
        Checks.require((r.box() != null) == (r.pixels() > 0),
                name + "_box must be present exactly when " + name + "_pixels > 0");
    }

    /** A recorded mask has the region's pixel count and box. */
    private static void maskAgrees(String name, Region r) {
        if (r.rle() == null) return;
        String what = name + "_mask";
        long area;
        Optional<PixelBox> box;
        try {
            area = CocoRle.area(r.rle());
            box = CocoRle.bbox(r.rle());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        Checks.require(area == r.pixels(), what + " has " + area + " pixels, the count says " + r.pixels());
        Checks.require(box.equals(Optional.ofNullable(r.box())), what + " box " + box.orElse(null) + " != " + r.box());
    }

    @Override
    public double[] projectedBox() {
        return projectedBox == null ? null : projectedBox.clone();
    }

    // Equality, hash and text by content, arrays included (see RecordContents).
    @Override public boolean equals(Object o) { return RecordContents.equal(this, o); }
    @Override public int hashCode() { return RecordContents.hash(this); }
    @Override public String toString() { return RecordContents.text(this); }
}
