package mirage.annotators.labels;

import java.util.Optional;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/** The cross-field checks of {@link InstanceLabel}; each throws an {@link IllegalArgumentException} naming it. */
final class InstanceChecks {
    private InstanceChecks() {
    }

    /** {@code modelToCamera = [R diag(scale) | t]}: column j of its 3x3 part is {@code scale[j]} times R's. */
    static void pose(String who, double[] modelToWorld, double[] modelToCamera, double[] rotation,
            double[] translation, double[] scale, double[] size) {
        Checks.affine(modelToWorld, who + ": model_to_world");
        Checks.affine(modelToCamera, who + ": model_to_camera");
        Checks.rotation(rotation, who + ": rotation");
        for (int j = 0; j < 3; j++) {
            Checks.require(scale[j] > 0, who + ": scale[" + j + "] must be positive: " + scale[j]);
        }
        for (int i = 0; i < 3; i++) {
            Checks.require(size[i] >= 0, who + ": size[" + i + "] must be >= 0: " + size[i]);
            for (int j = 0; j < 3; j++) {
                Checks.require(Checks.near(Checks.at4(modelToCamera, i, j), scale[j] * rotation[i * 3 + j], scale[j]),
                        who + ": model_to_camera[" + i + "][" + j + "] != rotation[" + i + "][" + j + "] * scale["
                                + j + "]");
            }
            Checks.require(Checks.near(Checks.at4(modelToCamera, i, 3), translation[i], Math.abs(translation[i])),
                    who + ": model_to_camera[" + i + "][3] != translation[" + i + "]");
        }
    }

    static void pixels(String who, long visible, long amodal, PixelBox visibleBox, PixelBox amodalBox,
            Rle visibleMask, Rle amodalMask) {
        Checks.require(visible >= 0 && visible <= amodal,
                who + ": needs 0 <= visible_pixels <= amodal_pixels, got " + visible + ", " + amodal);
        Checks.require((visibleBox != null) == (visible > 0),
                who + ": visible_box must be present exactly when visible_pixels > 0");
        Checks.require((amodalBox != null) == (amodal > 0),
                who + ": amodal_box must be present exactly when amodal_pixels > 0");
        if (visibleBox != null) {
            Checks.require(visibleBox.x() >= amodalBox.x() && visibleBox.y() >= amodalBox.y()
                    && visibleBox.maxCol() <= amodalBox.maxCol() && visibleBox.maxRow() <= amodalBox.maxRow(),
                    who + ": visible_box is not inside amodal_box");
        }
        mask(who + ": visible_mask", visibleMask, visible, visibleBox);
        mask(who + ": amodal_mask", amodalMask, amodal, amodalBox);
    }

    private static void mask(String what, Rle mask, long pixels, PixelBox box) {
        if (mask == null) return;
        long area;
        Optional<PixelBox> maskBox;
        try {
            area = CocoRle.area(mask);
            maskBox = CocoRle.bbox(mask);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        Checks.require(area == pixels, what + " has " + area + " pixels, the count says " + pixels);
        Checks.require(maskBox.equals(Optional.ofNullable(box)), what + " box " + maskBox.orElse(null)
                + " != " + box);
    }

    static void ratios(String who, long visible, long amodal, double visibility, double truncation,
            double[] projectedBox) {
        Checks.unitInterval(visibility, who + ": visibility");
        Checks.unitInterval(truncation, who + ": truncation");
        double expected = amodal == 0 ? 0 : (double) visible / amodal;
        Checks.require(Math.abs(visibility - expected) <= 1e-6,
                who + ": visibility " + visibility + " != visible_pixels / amodal_pixels = " + expected);
        if (projectedBox != null) {
            Checks.require(projectedBox[2] >= 0 && projectedBox[3] >= 0,
                    who + ": projected_box width and height must be >= 0");
        }
    }

    /** Each of the 12 box edges must equal {@code size[axis]} times column {@code axis} of the rotation. */
    static void box3d(String who, double[] corners, double[] rotation, double[] size) {
        double scale = Math.max(Math.max(size[0], size[1]), size[2]);
        for (int c = 0; c < 8; c++) {
            for (int axis = 0; axis < 3; axis++) {
                int bit = 1 << axis;
                if ((c & bit) != 0) continue;
                int d = c | bit;
                for (int k = 0; k < 3; k++) {
                    double edge = corners[d * 3 + k] - corners[c * 3 + k];
                    Checks.require(Checks.near(edge, size[axis] * rotation[k * 3 + axis], scale),
                            who + ": box3d_camera corners " + c + " -> " + d + " do not span size[" + axis
                                    + "] along rotation column " + axis);
                }
            }
        }
    }
}
