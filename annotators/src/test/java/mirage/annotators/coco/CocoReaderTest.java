package mirage.annotators.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoReaderTest {
    private static final String HEAD = "{\"info\":{\"description\":\"d\",\"version\":\"v\"},\"licenses\":[],"
            + "\"images\":[{\"id\":1,\"width\":640,\"height\":480,\"file_name\":\"a.png\"}],\"annotations\":[";
    private static final String TAIL = "],\"categories\":[{\"id\":1,\"name\":\"c\",\"supercategory\":\"s\"}]}";
    private static final String ANN = "{\"id\":1,\"image_id\":1,\"category_id\":1,"
            + "\"segmentation\":{\"size\":[480,640],\"counts\":\"0PP\\\\9\"},\"area\":307200,\"bbox\":[0,0,640,480],"
            + "\"iscrowd\":0}";

    private static CocoDataset read(String json) throws IOException {
        return new CocoReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void rejected(String json, String reason) {
        CocoFormatException e = assertThrows(CocoFormatException.class, () -> read(json));
        assertTrue(e.getMessage().contains(reason), "message '" + e.getMessage() + "' lacks '" + reason + "'");
    }

    private static String ann(String from, String to) {
        String changed = ANN.replace(from, to);
        if (changed.equals(ANN)) throw new IllegalArgumentException("test bug: '" + from + "' not in annotation");
        return HEAD + changed + TAIL;
    }

    @Test
    void readsHandWrittenFileAndUnescapesBackslash() throws IOException {
        CocoDataset d = read(HEAD + ANN + TAIL);
        assertEquals("0PP\\9", d.annotations().get(0).segmentation().counts());
        assertEquals(5, d.annotations().get(0).segmentation().counts().length());
        assertEquals(new CocoImage(1, "a.png", 640, 480), d.images().get(0));
        assertEquals(new CocoInfo("d", "v"), d.info());
    }

    @Test
    void allZeroVectorStringSurvivesJson() throws IOException {
        // "PP\9" is valid RLE (all zero, area 0): the reader accepts it, the validator would reject the area
        CocoDataset d = read(ann("\"0PP\\\\9\"", "\"PP\\\\9\""));
        assertEquals("PP\\9", d.annotations().get(0).segmentation().counts());
    }

    @Test
    void readsFromPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("instances.json");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            new CocoWriter().write(Datasets.twoFrames(), out);
        }
        assertEquals(Datasets.twoFrames(), new CocoReader().read(file));
    }

    @Test
    void rejectsMalformedJson() {
        rejected("{\"info\":", "not valid JSON");
        rejected("", "empty input");
        rejected(HEAD + ANN + TAIL + "{}", "not valid JSON");
        rejected(HEAD + ANN.replace("\"area\":307200", "\"area\":307200,\"area\":1") + TAIL, "not valid JSON");
    }

    @Test
    void rejectsMissingOrMistypedFields() {
        rejected(ann("\"image_id\":1,", ""), "$.annotations[0].image_id: missing");
        rejected(ann("\"area\":307200", "\"area\":\"307200\""), "$.annotations[0].area: expected an integer");
        rejected(ann("\"area\":307200", "\"area\":307200.5"), "$.annotations[0].area: expected an integer");
        rejected(ann("[0,0,640,480]", "[0,0,640]"), "$.annotations[0].bbox: expected 4 numbers");
        rejected(ann("[0,0,640,480]", "[0,0,0,480]"), "$.annotations[0].bbox: box size must be >= 1");
        rejected(HEAD + ANN + TAIL.replace("\"name\":\"c\",", ""), "$.categories[0].name: missing");
        rejected(HEAD.replace("[{\"id\":1,\"width\":640,\"height\":480,\"file_name\":\"a.png\"}]", "{}") + ANN + TAIL,
                "$.images: expected an array");
    }

    @Test
    void rejectsUnsupportedSegmentationAndCrowd() {
        rejected(ann("{\"size\":[480,640],\"counts\":\"0PP\\\\9\"}", "[[0,0,1,0,1,1]]"),
                "expected a compressed RLE object");
        rejected(ann("\"counts\":\"0PP\\\\9\"", "\"counts\":[0,307200]"), "expected a compressed RLE string");
        rejected(ann("\"iscrowd\":0", "\"iscrowd\":1"), "$.annotations[0].iscrowd: 1, only 0 is supported");
    }

    @Test
    void rejectsInvalidRle() {
        rejected(ann("0PP\\\\9", "0PP\\\\8"), "$.annotations[0].segmentation: RLE counts sum to");
        rejected(ann("0PP\\\\9", "0PP\\\\"), "continuation bit");
        rejected(ann("0PP\\\\9", "0PP~9"), "char '~'");
        rejected(ann("[480,640]", "[0,640]"), "size must be positive");
    }
}
