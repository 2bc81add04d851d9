package mirage.annotators.coco;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import org.junit.jupiter.api.Test;

/** Each writer invariant, violated once on an otherwise valid dataset, is rejected by name. */
class CocoValidatorTest {
    private static final CocoDataset VALID = Datasets.twoFrames();
    /** Annotation 1: instance 1 of the golden frame (image 1, 7x5, area 8, bbox [1,1,3,3]). */
    private static final CocoAnnotation A1 = VALID.annotations().get(0);

    private static void rejected(CocoDataset dataset, String reason) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CocoValidator.check(dataset));
        assertTrue(e.getMessage().contains(reason), "message '" + e.getMessage() + "' lacks '" + reason + "'");
        assertThrows(IllegalStateException.class, () -> new CocoWriter().write(dataset, new ByteArrayOutputStream()));
    }

    private static CocoDataset images(UnaryOperator<List<CocoImage>> change) {
        return new CocoDataset(VALID.info(), change.apply(new ArrayList<>(VALID.images())), VALID.annotations(),
                VALID.categories());
    }

    private static CocoDataset categories(List<CocoCategory> categories) {
        return new CocoDataset(VALID.info(), VALID.images(), VALID.annotations(), categories);
    }

    private static CocoDataset firstAnnotation(CocoAnnotation replacement) {
        List<CocoAnnotation> anns = new ArrayList<>(VALID.annotations());
        anns.set(0, replacement);
        return new CocoDataset(VALID.info(), VALID.images(), anns, VALID.categories());
    }

    private static CocoAnnotation a1(long id, long imageId, int categoryId, PixelBox bbox, long area, Rle rle) {
        return new CocoAnnotation(id, imageId, categoryId, bbox, area, rle);
    }

    @Test
    void validDatasetPasses() {
        assertDoesNotThrow(() -> CocoValidator.check(VALID));
    }

    @Test
    void imageIds() {
        rejected(images(l -> List.of(new CocoImage(0, "x.png", 7, 5))), "image id 0 must be >= 1");
        rejected(images(l -> { l.add(new CocoImage(2, "c.png", 4, 3)); return l; }), "image id 2 is not unique");
    }

    @Test
    void imageSize() {
        rejected(images(l -> { l.set(1, new CocoImage(2, "b.png", 0, 3)); return l; }), "image 2: size 0x3");
    }

    @Test
    void imageFileNames() {
        for (String bad : new String[] {"", "/abs/a.png", "a\\b.png", "C:/a.png", "../a.png", "a/./b.png", "a//b.png"}) {
            rejected(images(l -> { l.set(1, new CocoImage(2, bad, 4, 3)); return l; }), "image 2: file_name");
        }
    }

    @Test
    void categoryIdsExactlyOneToK() {
        rejected(categories(List.of(new CocoCategory(1, "cube", "s"), new CocoCategory(3, "torus", "s"))),
                "category id 3 is outside 1..2");
        rejected(categories(List.of(new CocoCategory(0, "cube", "s"), new CocoCategory(1, "torus", "s"))),
                "category id 0 is outside 1..2");
        rejected(categories(List.of(new CocoCategory(1, "cube", "s"), new CocoCategory(1, "torus", "s"))),
                "category id 1 is not unique");
    }

    @Test
    void categoryNames() {
        rejected(categories(List.of(new CocoCategory(1, "cube", "s"), new CocoCategory(2, " ", "s"))),
                "category 2: name is blank");
        rejected(categories(List.of(new CocoCategory(1, "cube", "s"), new CocoCategory(2, "cube", "s"))),
                "category 2: name 'cube' is not unique");
    }

    @Test
    void annotationIds() {
        rejected(firstAnnotation(a1(0, 1, A1.categoryId(), A1.bbox(), A1.area(), A1.segmentation())),
                "annotation id 0 must be >= 1");
        rejected(firstAnnotation(a1(2, 1, A1.categoryId(), A1.bbox(), A1.area(), A1.segmentation())),
                "annotation id 2 is not unique");
    }

    @Test
    void annotationReferences() {
        rejected(firstAnnotation(a1(1, 9, A1.categoryId(), A1.bbox(), A1.area(), A1.segmentation())),
                "annotation 1: image_id 9 does not exist");
        rejected(firstAnnotation(a1(1, 1, 3, A1.bbox(), A1.area(), A1.segmentation())),
                "annotation 1: category_id 3 does not exist");
    }

    @Test
    void areaAtLeastOne() {
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), 0, A1.segmentation())), "annotation 1: area 0 must be >= 1");
    }

    @Test
    void rleSizeMatchesImage() {
        // transposed size: [width, height] instead of [height, width]
        Rle swapped = new Rle(7, 5, A1.segmentation().counts());
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), A1.area(), swapped)),
                "annotation 1: segmentation size [7, 5] != [height, width] [5, 7] of image 1");
        // the same annotation attached to the 4x3 image
        rejected(firstAnnotation(a1(1, 2, 1, A1.bbox(), A1.area(), A1.segmentation())), "!= [height, width] [3, 4]");
    }

    @Test
    void rleValid() {
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), A1.area(), new Rle(5, 7, "632NO012?"))),
                "annotation 1: invalid segmentation: RLE counts sum to 36");
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), A1.area(), new Rle(5, 7, "632NO012>p"))),
                "annotation 1: invalid segmentation: RLE counts char 'p'");
    }

    @Test
    void areaEqualsRleArea() {
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), 9, A1.segmentation())),
                "annotation 1: area 9 != segmentation area 8");
    }

    @Test
    void bboxEqualsRleBbox() {
        rejected(firstAnnotation(a1(1, 1, 1, new PixelBox(1, 1, 3, 4), 8, A1.segmentation())),
                "annotation 1: bbox [1, 1, 3, 4] != segmentation bbox [1, 1, 3, 3]");
        // an all-zero RLE: its area 0 differs from the claimed 8 (area is checked before the box)
        rejected(firstAnnotation(a1(1, 1, 1, A1.bbox(), 8, new Rle(5, 7, CocoRle.countsToString(new long[] {35})))), "area 8 != segmentation area 0");
    }
}
