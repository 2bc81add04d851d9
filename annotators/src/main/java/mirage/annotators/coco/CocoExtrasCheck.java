package mirage.annotators.coco;

import static mirage.annotators.coco.CocoValidator.boxString;
import static mirage.annotators.coco.CocoValidator.fail;

import java.util.Optional;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/** The {@link CocoValidator} rules for {@link CocoExtras}. */
final class CocoExtrasCheck {
    private CocoExtrasCheck() {
    }

    static void check(CocoAnnotation a, CocoImage image, CocoCategory category) {
        CocoExtras e = a.extras();
        String where = "annotation " + a.id() + ": ";
        if (!(e.visibility() >= 0 && e.visibility() <= 1)) fail(where + "visibility " + e.visibility() + " outside 0..1");
        if (!(e.truncation() >= 0 && e.truncation() <= 1)) fail(where + "truncation " + e.truncation() + " outside 0..1");
        if (e.areaAmodal() < a.area()) fail(where + "area_amodal " + e.areaAmodal() + " < area " + a.area());
        Rle amodal = e.amodalSegmentation();
        if (amodal != null) checkAmodal(where, e, amodal, image);
        checkKeypoints(where, e.keypoints(), category);
    }

    private static void checkAmodal(String where, CocoExtras e, Rle amodal, CocoImage image) {
        if (amodal.height() != image.height() || amodal.width() != image.width()) {
            fail(where + "amodal_segmentation size [" + amodal.height() + ", " + amodal.width() + "] != [height, width]"
                    + " [" + image.height() + ", " + image.width() + "]");
        }
        long area;
        Optional<PixelBox> box;
        try {
            area = CocoRle.area(amodal);
            box = CocoRle.bbox(amodal);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(where + "invalid amodal_segmentation: " + ex.getMessage(), ex);
        }
        if (area != e.areaAmodal()) {
            fail(where + "area_amodal " + e.areaAmodal() + " != amodal_segmentation area " + area);
        }
        if (!box.equals(Optional.of(e.bboxAmodal()))) {
            fail(where + "bbox_amodal " + boxString(e.bboxAmodal()) + " != amodal_segmentation bbox "
                    + box.map(CocoValidator::boxString).orElse("(none)"));
        }
    }

    private static void checkKeypoints(String where, double[] k, CocoCategory category) {
        int expected = category.keypoints().size();
        if (k == null) {
            if (expected > 0) fail(where + "keypoints missing for category '" + category.name() + "'");
            return;
        }
        if (k.length != 3 * expected) {
            fail(where + "keypoints has " + k.length + " numbers, category '" + category.name() + "' needs "
                    + 3 * expected);
        }
        for (int i = 0; i < k.length; i += 3) {
            double v = k[i + 2];
            if (v != 0 && v != 1 && v != 2) fail(where + "keypoint " + i / 3 + " has v = " + v + ", expected 0, 1 or 2");
            if (v == 0 && (k[i] != 0 || k[i + 1] != 0)) fail(where + "keypoint " + i / 3 + " has v = 0 but x, y != 0");
        }
    }
}
