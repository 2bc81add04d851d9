package mirage.annotators.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;
import org.junit.jupiter.api.Test;

class CocoWriterTest {
    private final CocoWriter writer = new CocoWriter();

    @Test
    void writeThenReadGivesEqualRecords() throws IOException {
        CocoDataset dataset = Datasets.twoFrames();
        assertEquals(4, dataset.annotations().size(), "the invisible instance has no annotation");
        CocoDataset read = new CocoReader().read(new ByteArrayInputStream(bytes(dataset)));
        assertEquals(dataset, read);
    }

    @Test
    void outputIsDeterministicAndSortedById() throws IOException {
        CocoDataset dataset = Datasets.twoFrames();
        List<CocoImage> images = new ArrayList<>(dataset.images());
        List<CocoAnnotation> anns = new ArrayList<>(dataset.annotations());
        List<CocoCategory> cats = new ArrayList<>(dataset.categories());
        Collections.reverse(images);
        Collections.reverse(anns);
        Collections.reverse(cats);
        byte[] first = bytes(dataset);
        assertArrayEquals(first, bytes(dataset));
        assertArrayEquals(first, bytes(new CocoDataset(dataset.info(), images, anns, cats)));
        JsonNode root = new ObjectMapper().readTree(first);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("info", "licenses", "images", "annotations", "categories"), keys);
        assertEquals(List.of(1L, 2L, 3L, 5L), ids(root.get("annotations")));   // id 4 = invisible instance 2 of frame 2
        assertEquals(List.of(1L, 2L), ids(root.get("images")));
    }

    @Test
    void annotationFieldsHaveCocoTypes() throws IOException {
        JsonNode root = new ObjectMapper().readTree(bytes(Datasets.twoFrames()));
        for (JsonNode a : root.get("annotations")) {
            assertEquals(0, a.get("iscrowd").intValue());
            assertTrue(a.get("area").isNumber());
            assertTrue(a.get("bbox").isArray());
            assertEquals(4, a.get("bbox").size());
            for (JsonNode v : a.get("bbox")) assertTrue(v.isIntegralNumber());
            JsonNode seg = a.get("segmentation");
            assertTrue(seg.get("counts").isTextual());
            JsonNode image = root.get("images").get((int) a.get("image_id").longValue() - 1);
            assertEquals(image.get("height").intValue(), seg.get("size").get(0).intValue());
            assertEquals(image.get("width").intValue(), seg.get("size").get(1).intValue());
        }
    }

    @Test
    void backslashInCountsIsEscapedAndRoundTrips() throws IOException {
        // all-one 480x640 is "0PP\9" (coco.md section 7)
        CocoDataset dataset = new CocoDataset(Datasets.INFO, List.of(new CocoImage(1, "a.png", 640, 480)),
                List.of(new CocoAnnotation(1, 1, 1, new PixelBox(0, 0, 640, 480), 307200, new Rle(480, 640, "0PP\\9"))),
                Datasets.CATEGORIES);
        String json = new String(bytes(dataset), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"counts\":\"0PP\\\\9\""), json);
        assertEquals(dataset, new CocoReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void streamingTheItemsInIdOrderGivesTheSameBytes() throws IOException {
        CocoDataset d = Datasets.twoFrames();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CocoStream stream = new CocoStream(out, d.info(), d.categories());
        for (CocoImage im : d.images().stream().sorted(java.util.Comparator.comparingLong(CocoImage::id)).toList())
            stream.image(im);
        for (CocoAnnotation a : d.annotations().stream().sorted(java.util.Comparator.comparingLong(CocoAnnotation::id)).toList())
            stream.annotation(d.images().stream().filter(im -> im.id() == a.imageId()).findFirst().orElseThrow(), a);
        stream.finish();
        assertArrayEquals(bytes(d), out.toByteArray());
    }

    @Test
    void aStreamRefusesItemsOutOfOrder() throws IOException {
        CocoDataset d = Datasets.twoFrames();
        List<CocoImage> images = d.images().stream().sorted(java.util.Comparator.comparingLong(CocoImage::id)).toList();
        CocoStream stream = new CocoStream(new ByteArrayOutputStream(), d.info(), d.categories());
        stream.image(images.get(1));
        assertThrows(IllegalStateException.class, () -> stream.image(images.get(0)));
        CocoAnnotation a = d.annotations().get(0);
        CocoStream other = new CocoStream(new ByteArrayOutputStream(), d.info(), d.categories());
        other.image(images.get(0));
        CocoImage missing = new CocoImage(images.get(0).id() + 100, "x.png", images.get(0).width(), images.get(0).height());
        assertThrows(IllegalStateException.class, () -> other.annotation(missing, a));
    }

    @Test
    void invalidDatasetWritesNothing() {
        CocoDataset bad = new CocoDataset(Datasets.INFO, List.of(new CocoImage(0, "a.png", 1, 1)), List.of(),
                Datasets.CATEGORIES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalStateException.class, () -> writer.write(bad, out));
        assertEquals(0, out.size());
    }

    private byte[] bytes(CocoDataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(dataset, out);
        return out.toByteArray();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) ids.add(it.next().get("id").longValue());
        return ids;
    }
}
