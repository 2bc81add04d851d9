package mirage.annotators.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.contour.Ring;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;

/** The extra keys, category keypoints and polygon output of the COCO records. */
class CocoExtrasTest {
    private static final CocoPose POSE = new CocoPose(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
            new double[] {0.1, -0.2, 2.5}, new double[] {1.25, 0.5, 2});
    private static final List<CocoCategory> CATEGORIES = List.of(
            new CocoCategory(1, "cube", "shape", List.of("a", "b")), new CocoCategory(2, "torus", "shape"));

    /** The golden two-frame dataset with extras on annotation 1 (the ring, category 2: no keypoints). */
    private static CocoDataset with(CocoExtras extras, List<Ring> polygons) {
        CocoDataset d = Datasets.twoFrames();
        List<CocoAnnotation> anns = new ArrayList<>(d.annotations());
        CocoAnnotation a = anns.get(0);
        anns.set(0, new CocoAnnotation(a.id(), a.imageId(), a.categoryId(), a.bbox(), a.area(), a.segmentation(),
                polygons, extras));
        return new CocoDataset(d.info(), d.images(), anns, CATEGORIES);
    }

    private static CocoExtras extras(double[] keypoints) {
        return new CocoExtras(new PixelBox(1, 1, 3, 3), 9, new double[] {0.5, 0.75, 3.25, 3.5}, 8.0 / 9, 0, null,
                true, POSE, keypoints);
    }

    private static String write(CocoDataset d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CocoWriter().write(d, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extrasRoundTripThroughWriterAndReader() throws IOException {
        CocoDataset d = with(extras(null), null);
        String json = write(d);
        assertTrue(json.contains("\"iscrowd\":0,\"bbox_amodal\":[1,1,3,3],\"area_amodal\":9,"
                + "\"bbox_projected\":[0.5,0.75,3.25,3.5],"), json);
        assertTrue(json.contains("\"amodal_segmentation\":null,\"ignore\":1,\"pose\":{\"R\":[1.0,0.0,0.0,0.0,1.0,0.0,"
                + "0.0,0.0,1.0],\"t\":[0.1,-0.2,2.5],\"scale\":[1.25,0.5,2.0]}}"),
                json);
        assertTrue(json.contains("\"keypoints\":[\"a\",\"b\"],\"skeleton\":[]"), json);
        CocoDataset read = new CocoReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(d.annotations().get(0), read.annotations().stream().filter(a -> a.id() == 1).findFirst().get());
        assertEquals(CATEGORIES, read.categories());
    }

    @Test
    void validatorChecksExtras() {
        CocoDataset d = Datasets.twoFrames();
        CocoAnnotation cube = d.annotations().stream().filter(a -> a.categoryId() == 1).findFirst().orElseThrow();
        assertEquals(2, cube.id(), "the L of the first frame has category 1");
        rejectedOn(cube, extras(new double[] {1, 1, 2}), "keypoints has 3 numbers, category 'cube' needs 6");
        rejectedOn(cube, extras(new double[] {1, 1, 0, 0, 0, 0}), "keypoint 0 has v = 0 but x, y != 0");
        rejectedOn(cube, extras(new double[] {1, 1, 3, 0, 0, 0}), "keypoint 0 has v = 3.0");
        rejectedOn(cube, extras(null), "keypoints missing for category 'cube'");
        rejectedOn(cube, new CocoExtras(new PixelBox(1, 1, 3, 3), 9, null, 1.5, 0, null, false, POSE, new double[6]),
                "visibility 1.5 outside 0..1");
        rejectedOn(cube, new CocoExtras(new PixelBox(1, 1, 3, 3), 9, null, 1, 0, cube.segmentation(), false, POSE,
                new double[6]), "area_amodal 9 != amodal_segmentation area 5");
    }

    private static void rejectedOn(CocoAnnotation a, CocoExtras extras, String reason) {
        CocoDataset d = Datasets.twoFrames();
        List<CocoAnnotation> anns = new ArrayList<>(d.annotations());
        anns.replaceAll(x -> x.id() == a.id() ? new CocoAnnotation(a.id(), a.imageId(), a.categoryId(), a.bbox(),
                a.area(), a.segmentation(), null, extras) : x);
        CocoDataset bad = new CocoDataset(d.info(), d.images(), anns, CATEGORIES);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CocoValidator.check(bad));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void polygonsAreWrittenInsteadOfTheRleAndChecked() throws IOException {
        Ring square = new Ring(new int[] {1, 1, 4, 1, 4, 4, 1, 4});
        String json = write(with(null, List.of(square)));
        assertTrue(json.contains("\"segmentation\":[[1,1,4,1,4,4,1,4]],\"area\":8"), json);
        CocoDataset outside = with(null, List.of(new Ring(new int[] {0, 0, 8, 0, 8, 1, 0, 1})));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CocoValidator.check(outside));
        assertTrue(e.getMessage().contains("polygon vertex (8, 0) is outside the 7x5 image"), e.getMessage());
    }
}
