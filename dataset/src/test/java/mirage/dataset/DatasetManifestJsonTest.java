package mirage.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.CategoryLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dataset.json: what is written reads back the same, in the documented layout. */
class DatasetManifestJsonTest {
    @TempDir
    Path dir;

    static DatasetManifest sample(boolean complete) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("images", "images/");
        outputs.put("frames", "frames/");
        outputs.put("coco", "annotations/instances.json");
        try {
            return new DatasetManifest("0.1.0", complete, -7, 24, null, "L64X128MixRandom",
                    List.of(new CategoryLabel(1, "coin", List.of("top")), new CategoryLabel(2, "flag")), 0.5,
                    new ObjectMapper().readTree("{\"seed\": -7, \"frames\": 24}"),
                    new DatasetManifest.Renderer("Mesa surfaceless platform", "Mesa", "llvmpipe", "4.5"), outputs,
                    new DatasetManifest.Counts(24, 60, 55),
                    List.of(new DatasetManifest.Split("train", 0, 16, "annotations/instances_train.json",
                                    new DatasetManifest.Counts(16, 40, 37)),
                            new DatasetManifest.Split("val", 16, 8, "annotations/instances_val.json",
                                    new DatasetManifest.Counts(8, 20, 18))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        DatasetManifest m = sample(true);
        Path file = dir.resolve("dataset.json");
        AtomicWriter.write(file, out -> DatasetManifestJson.write(m, out));
        assertEquals(m, DatasetManifestJson.read(file));
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"tool\" : \"mirage\",\n  \"version\" : \"0.1.0\",\n  \"complete\" : true,"), text);
        assertTrue(text.indexOf("\"counts\"") < text.indexOf("\"splits\""), "splits come last");
    }

    @Test
    void withoutSplitsThereIsNoSplitsKey() throws IOException {
        DatasetManifest m = sample(false);
        m = new DatasetManifest(m.version(), false, m.seed(), m.frames(), null, m.randomAlgorithm(), m.categories(),
                m.depthScale(), m.spec(), m.renderer(), m.outputs(), m.counts(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetManifestJson.write(m, out);
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("splits"));
    }

    @Test
    void aHandMadeManifestNeedsOnlyCategoriesAndDepthScale() throws IOException {
        Path file = Files.writeString(dir.resolve("dataset.json"), "{\"categories\": [{\"id\": 1, \"name\": \"cube\"}],"
                + " \"depth_scale\": 1, \"mine\": 3}");
        DatasetManifest m = DatasetManifestJson.read(file);
        assertEquals(List.of(new CategoryLabel(1, "cube")), m.categories());
        assertEquals(-1, m.frames());
        assertEquals("", m.version());
        assertNull(m.counts());
        assertEquals(List.of(), m.splits());
    }
}
