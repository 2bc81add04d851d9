package mirage.annotators.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameLabelJsonTest {
    @TempDir
    Path dir;

    @Test
    void everyFixtureFrameReadsBackEqual() throws IOException {
        for (FrameLabel f : LabelFixtures.dataset().frames()) {
            byte[] bytes = FrameLabelJson.toBytes(f);
            assertEquals(f, FrameLabelJson.read(new ByteArrayInputStream(bytes)));
            assertArrayEquals(bytes, FrameLabelJson.toBytes(FrameLabelJson.read(new ByteArrayInputStream(bytes))),
                    "write(read(write(f))) is byte-identical");
        }
    }

    @Test
    void theSplitIsWrittenAfterTheFileNameAndReadBack() throws IOException {
        FrameLabel plain = LabelFixtures.frame0();
        assertFalse(new String(FrameLabelJson.toBytes(plain), StandardCharsets.UTF_8).contains("\"split\""));
        FrameLabel f = new FrameLabel(plain.frame(), plain.imageId(), plain.fileName(), plain.camera(), plain.instances(),
                plain.scene(), "val");
        JsonNode root = new ObjectMapper().readTree(FrameLabelJson.toBytes(f));
        assertEquals(List.of("frame", "image_id", "file_name", "split", "camera"), fieldNames(root).subList(0, 5));
        assertEquals("val", root.get("split").textValue());
        FrameLabel back = FrameLabelJson.read(new ByteArrayInputStream(FrameLabelJson.toBytes(f)));
        assertEquals(f, back);
        assertEquals("val", back.split());
        ((ObjectNode) root).put("split", 3);
        LabelFormatException e = assertThrows(LabelFormatException.class,
                () -> FrameLabelJson.read(new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(root))));
        assertTrue(e.getMessage().contains("$.split"), e.getMessage());
    }

    @Test
    void layoutIsSnakeCaseWithRowMajorNestedMatrices() throws IOException {
        FrameLabel f = LabelFixtures.frame0();
        String text = new String(FrameLabelJson.toBytes(f), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\n  \"image_id\": 1,\n"), text.substring(0, 80));
        JsonNode root = new ObjectMapper().readTree(text);
        JsonNode w2c = root.get("camera").get("world_to_camera");
        assertEquals(4, w2c.size());
        assertEquals(0.5, w2c.get(1).get(3).doubleValue(), "translation y in row 1, column 3");
        JsonNode inst = root.get("instances").get(0);
        assertEquals(List.of("index", "annotation_id", "category", "category_id", "asset", "model_to_world",
                "model_to_camera", "rotation", "translation", "scale", "size", "visible_pixels", "amodal_pixels",
                "visible_box", "amodal_box", "projected_box", "visibility", "truncation", "ignore", "visible_mask",
                "amodal_mask", "box3d_camera", "box3d_image", "keypoints"), fieldNames(inst));
        assertEquals(f.instances().get(0).pose().rotation()[1], inst.get("rotation").get(0).get(1).doubleValue());
        assertEquals("[1.5,0.75,2.0]", inst.get("scale").toString(), "scale of model x, y, z");
        assertEquals(8, inst.get("box3d_camera").size());
        assertTrue(root.get("instances").get(2).get("annotation_id").isNull());
        assertEquals("visible", inst.get("keypoints").get(0).get("visibility").textValue());
        assertEquals("opencv", root.get("camera").get("convention").textValue());
    }

    @Test
    void errorsNameTheFileAndTheField() throws IOException {
        ObjectNode root = tree(LabelFixtures.frame0());
        ((ArrayNode) root.get("instances").get(1).get("rotation").get(1)).remove(2);
        assertError(root, "$.instances[1].rotation[1]");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0)).put("visibilty", 0.5);
        assertError(root, "$.instances[0].visibilty: unknown key");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0)).put("visibility", 0.9);
        assertError(root, "$.instances[0]: instance 1: visibility 0.9 != visible_pixels / amodal_pixels");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0)).put("scale", 1.5);
        assertError(root, "$.instances[0].scale: expected an array of 3 numbers");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0)).putArray("scale").add(0.75).add(1.5).add(2);
        assertError(root, "$.instances[0]: instance 1: model_to_camera[0][0] != rotation[0][0] * scale[0]");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("camera")).remove("fx");
        assertError(root, "$.camera.fx: missing");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0).get("keypoints").get(0)).put("visibility", "hidden");
        assertError(root, "$.instances[0].keypoints[0].visibility: expected outside, occluded or visible");
        root = tree(LabelFixtures.frame0());
        ((ObjectNode) root.get("instances").get(0)).putArray("visible_box").add(15).add(1).add(4).add(2);
        assertError(root, "visible_box");
    }

    @Test
    void invalidJsonAndMissingFilesAreNamed() throws IOException {
        Path bad = dir.resolve("000001.json");
        Files.writeString(bad, "{\"frame\": 1,");
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> FrameLabelJson.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": not valid JSON"), e.getMessage());
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, "{\"frame\": 1, \"frame\": 2}");
        e = assertThrows(LabelFormatException.class, () -> FrameLabelJson.read(dup));
        assertTrue(e.getMessage().contains("frame"), e.getMessage());
        e = assertThrows(LabelFormatException.class, () -> FrameLabelJson.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
    }

    private void assertError(ObjectNode root, String expected) throws IOException {
        Path file = dir.resolve("000000.json");
        Files.write(file, new ObjectMapper().writeValueAsBytes(root));
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> FrameLabelJson.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    static ObjectNode tree(FrameLabel f) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(FrameLabelJson.toBytes(f));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
