package mirage.annotators.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.core.image.IdImage;
import org.junit.jupiter.api.Test;

/** A hand-made id image through InstanceStats, CocoRle, CocoWriter and CocoReader, checked against hand values. */
class CocoGoldenTest {
    /** Written out by hand: counts [6,3,2,1,1,1,2,3,16] and [28,1,1,4,1] encoded per coco.md section 6. */
    private static final String EXPECTED_JSON = "{\"info\":{\"description\":\"test run, seed 7\",\"version\":\"0.1.0\"},"
            + "\"licenses\":[],"
            + "\"images\":[{\"id\":1,\"width\":7,\"height\":5,\"file_name\":\"images/000001.png\"}],"
            + "\"annotations\":["
            + "{\"id\":1,\"image_id\":1,\"category_id\":2,\"segmentation\":{\"size\":[5,7],\"counts\":\"632NO012>\"},"
            + "\"area\":8,\"bbox\":[1,1,3,3],\"iscrowd\":0},"
            + "{\"id\":2,\"image_id\":1,\"category_id\":1,\"segmentation\":{\"size\":[5,7],\"counts\":\"l01130\"},"
            + "\"area\":5,\"bbox\":[5,0,2,4],\"iscrowd\":0}],"
            + "\"categories\":[{\"id\":1,\"name\":\"cube\",\"supercategory\":\"shape\"},"
            + "{\"id\":2,\"name\":\"torus\",\"supercategory\":\"shape\"}]}\n";

    @Test
    void handMadeFrameGivesExactFileAndMasks() throws IOException {
        IdImage image = Datasets.golden();
        List<CocoAnnotation> anns = FrameAnnotations.of(image, new int[] {2, 1}, 1, 1);
        CocoDataset dataset = new CocoDataset(Datasets.INFO, List.of(new CocoImage(1, "images/000001.png", 7, 5)),
                anns, Datasets.CATEGORIES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CocoWriter().write(dataset, out);
        assertEquals(EXPECTED_JSON, out.toString(StandardCharsets.UTF_8));

        CocoDataset read = new CocoReader().read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(2, read.annotations().size());
        assertArrayEquals(new long[] {6, 3, 2, 1, 1, 1, 2, 3, 16},
                CocoRle.stringToCounts(read.annotations().get(0).segmentation().counts()));
        assertArrayEquals(new long[] {28, 1, 1, 4, 1},
                CocoRle.stringToCounts(read.annotations().get(1).segmentation().counts()));
        assertEquals(new PixelBox(1, 1, 3, 3), read.annotations().get(0).bbox());
        assertEquals(new PixelBox(5, 0, 2, 4), read.annotations().get(1).bbox());
        for (int k = 1; k <= 2; k++) {
            CocoAnnotation a = read.annotations().get(k - 1);
            boolean[] mask = CocoRle.decode(a.segmentation());
            long count = 0;
            for (int i = 0; i < mask.length; i++) {
                assertEquals(image.ids()[i] == k, mask[i], "instance " + k + " pixel " + i);
                if (mask[i]) count++;
            }
            assertEquals(count, a.area());
            assertEquals(CocoRle.bbox(a.segmentation()).orElseThrow(), a.bbox());
        }
    }
}
