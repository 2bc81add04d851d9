package mirage.annotators.coco;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mirage.annotators.contour.Ring;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/**
 * Checks the COCO writer contract (coco.md section 0) and throws {@link IllegalStateException} naming the first
 * violation: image, annotation and category ids {@code >= 1} and unique; category ids exactly {@code 1..K} with
 * unique non-blank names; image sizes positive and file names relative, {@code /}-separated, without {@code .}
 * or {@code ..} segments; every annotation's image and category exist, {@code area >= 1}, its RLE is valid with
 * {@code size == [height, width]} of its image, and {@code area} and {@code bbox} equal the RLE's area and box.
 * Box sizes {@code >= 1} are guaranteed by {@link PixelBox}. Polygons must lie inside {@code [0, width] x
 * [0, height]}; the extras must agree with their own amodal RLE, ratios lie in 0..1, and keypoints have one
 * {@code (x, y, v)} triple per category keypoint name with v in {0, 1, 2} and {@code x = y = 0} when v = 0.
 */
public final class CocoValidator {
    private CocoValidator() {
    }

    public static void check(CocoDataset dataset) {
        Map<Long, CocoImage> images = checkImages(dataset.images());
        Map<Integer, CocoCategory> categories = checkCategories(dataset.categories());
        Set<Long> annotationIds = new HashSet<>();
        for (CocoAnnotation a : dataset.annotations()) {
            if (!annotationIds.add(a.id())) fail("annotation id " + a.id() + " is not unique");
            CocoImage image = images.get(a.imageId());
            if (image == null) fail("annotation " + a.id() + ": image_id " + a.imageId() + " does not exist");
            checkAnnotation(a, image, categories);
        }
    }

    /** The rules of one annotation of {@code image}, whose id it names; its category must be in {@code categories}. */
    static void checkAnnotation(CocoAnnotation a, CocoImage image, Map<Integer, CocoCategory> categories) {
        if (a.id() < 1) fail("annotation id " + a.id() + " must be >= 1");
        CocoCategory category = categories.get(a.categoryId());
        if (category == null) fail("annotation " + a.id() + ": category_id " + a.categoryId() + " does not exist");
        checkSegmentation(a, image);
        if (a.polygons() != null) checkPolygons(a, image);
        if (a.extras() != null) CocoExtrasCheck.check(a, image, category);
    }

    private static Map<Long, CocoImage> checkImages(List<CocoImage> list) {
        Map<Long, CocoImage> images = new HashMap<>();
        for (CocoImage im : list) {
            checkImage(im);
            if (images.put(im.id(), im) != null) fail("image id " + im.id() + " is not unique");
        }
        return images;
    }

    /** The rules of one image: id >= 1, positive size, a relative /-separated file name. */
    static void checkImage(CocoImage im) {
        if (im.id() < 1) fail("image id " + im.id() + " must be >= 1");
        if (im.width() < 1 || im.height() < 1) {
            fail("image " + im.id() + ": size " + im.width() + "x" + im.height() + " must be positive");
        }
        String problem = fileNameProblem(im.fileName());
        if (problem != null) fail("image " + im.id() + ": file_name '" + im.fileName() + "' " + problem);
    }

    private static String fileNameProblem(String name) {
        if (name.isEmpty()) return "is empty";
        if (name.startsWith("/") || name.contains("\\") || name.matches("[A-Za-z]:.*")) {
            return "must be relative and /-separated";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "has an empty, '.' or '..' segment";
            }
        }
        return null;
    }

    static Map<Integer, CocoCategory> checkCategories(List<CocoCategory> list) {
        Map<Integer, CocoCategory> ids = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (CocoCategory c : list) {
            if (c.id() < 1 || c.id() > list.size()) {
                fail("category id " + c.id() + " is outside 1.." + list.size() + " (ids must be exactly 1..K)");
            }
            if (ids.put(c.id(), c) != null) fail("category id " + c.id() + " is not unique");
            if (c.name().isBlank()) fail("category " + c.id() + ": name is blank");
            if (!names.add(c.name())) fail("category " + c.id() + ": name '" + c.name() + "' is not unique");
        }
        return ids;
    }

    private static void checkSegmentation(CocoAnnotation a, CocoImage image) {
        Rle rle = a.segmentation();
        String where = "annotation " + a.id() + ": ";
        if (a.area() < 1) fail(where + "area " + a.area() + " must be >= 1");
        if (rle.height() != image.height() || rle.width() != image.width()) {
            fail(where + "segmentation size [" + rle.height() + ", " + rle.width() + "] != [height, width] ["
                    + image.height() + ", " + image.width() + "] of image " + image.id());
        }
        long rleArea;
        Optional<PixelBox> rleBox;
        try {
            rleArea = CocoRle.area(rle);
            rleBox = CocoRle.bbox(rle);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "invalid segmentation: " + e.getMessage(), e);
        }
        if (a.area() != rleArea) fail(where + "area " + a.area() + " != segmentation area " + rleArea);
        if (!rleBox.equals(Optional.of(a.bbox()))) {
            fail(where + "bbox " + boxString(a.bbox()) + " != segmentation bbox "
                    + rleBox.map(CocoValidator::boxString).orElse("(none)"));
        }
    }

    private static void checkPolygons(CocoAnnotation a, CocoImage image) {
        if (a.polygons().isEmpty()) fail("annotation " + a.id() + ": polygon segmentation is empty");
        for (Ring r : a.polygons()) {
            for (int i = 0; i < r.size(); i++) {
                if (r.x(i) < 0 || r.x(i) > image.width() || r.y(i) < 0 || r.y(i) > image.height()) {
                    fail("annotation " + a.id() + ": polygon vertex (" + r.x(i) + ", " + r.y(i) + ") is outside the "
                            + image.width() + "x" + image.height() + " image");
                }
            }
        }
    }

    static String boxString(PixelBox b) {
        return "[" + b.x() + ", " + b.y() + ", " + b.w() + ", " + b.h() + "]";
    }

    static void fail(String message) {
        throw new IllegalStateException(message);
    }
}
