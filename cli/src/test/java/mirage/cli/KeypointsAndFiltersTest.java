package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.KeypointLabel;
import mirage.annotators.labels.KeypointVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coin facing a camera on +Z: a keypoint on its front face is visible, one on its back face is occluded by the
 * coin itself, one far to the side is outside the image; COCO carries them as v = 2, 1, 0. The label filter
 * drops or flags instances below its thresholds.
 */
class KeypointsAndFiltersTest {
    @TempDir
    Path tmp;

    Path spec(String extra) throws IOException {
        Path models = CliRun.defaultScene().getParent().resolve("assets/models");
        Path dir = Files.createDirectories(tmp.resolve("models/Textures"));
        Files.copy(models.resolve("coin.glb"), dir.getParent().resolve("coin.glb"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(models.resolve("Textures/colormap.png"), dir.resolve("colormap.png"), StandardCopyOption.REPLACE_EXISTING);
        Path spec = tmp.resolve("scene.yaml");
        // coin bounds (file units): x +-0.2075, y 0..0.4167, z +-0.0833; centred on the origin by `center`.
        Files.writeString(spec, """
                frames: 1
                image: {width: 200, height: 150}
                camera: {fov_deg: 30, orbit: {distance: 3, elevation_deg: 0, azimuth_deg: 0}}
                objects:
                  - asset: models/coin.glb
                    category: coin
                    rotation: {fixed_deg: [0, 0, 0]}
                    keypoints:
                      - {name: front, position: [0, 0.2083, 0.0833]}
                      - {name: back, position: [0, 0.2083, -0.0833]}
                      - {name: aside, position: [5, 0.2083, 0]}
                """ + extra);
        return spec;
    }

    Path render(String extra) throws IOException {
        Path out = tmp.resolve("out" + extra.hashCode());
        CliRun r = CliRun.of("render", spec(extra).toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    @Test
    void keypointVisibilityFollowsTheSurface() throws IOException {
        Path out = render("");
        FrameLabel f = FrameLabelJson.read(out.resolve("frames/000000.json"));
        InstanceLabel coin = f.instances().get(0);
        KeypointLabel front = coin.keypoints().get(0), back = coin.keypoints().get(1), aside = coin.keypoints().get(2);
        assertEquals(KeypointVisibility.VISIBLE, front.visibility());
        assertEquals(KeypointVisibility.OCCLUDED, back.visibility());
        assertEquals(KeypointVisibility.OUTSIDE, aside.visibility());
        // The camera looks down -Z from (0, 0, 3): the front keypoint is 3 - 0.0833 m away, on the optical axis.
        assertEquals(3 - 0.0833, front.depth(), 1e-4);
        assertEquals(f.camera().cx(), front.u(), 1e-2);   // keypoint y 0.2083 vs bbox centre 0.20835: 0.003 px
        assertEquals(f.camera().cy(), front.v(), 1e-2);
        JsonNode ann = new ObjectMapper().readTree(out.resolve("annotations/instances.json").toFile()).get("annotations").get(0);
        JsonNode kp = ann.get("keypoints");
        assertEquals(2, kp.get(2).asInt());
        assertEquals(1, kp.get(5).asInt());
        assertEquals(0, kp.get(8).asInt());
        assertEquals(front.u() + 0.5, kp.get(0).asDouble(), 1e-6, "COCO keypoints are continuous: pixel centre + 0.5");
        assertEquals(2, ann.get("num_keypoints").asInt());
    }

    @Test
    void instancesBelowTheFilterAreDroppedOrFlagged() throws IOException {
        Path dropped = render("labels: {min_visible_pixels: 100000000}\n");
        InstanceLabel d = FrameLabelJson.read(dropped.resolve("frames/000000.json")).instances().get(0);
        assertTrue(d.masks().visible().pixels() > 0);
        assertNull(d.annotationId());
        assertEquals(0, new ObjectMapper().readTree(dropped.resolve("annotations/instances.json").toFile()).get("annotations").size());

        Path flagged = render("labels: {min_visibility: 1.0, min_visible_pixels: 100000000, below: ignore}\n");
        InstanceLabel g = FrameLabelJson.read(flagged.resolve("frames/000000.json")).instances().get(0);
        assertTrue(g.visibility().ignore());
        JsonNode ann = new ObjectMapper().readTree(flagged.resolve("annotations/instances.json").toFile()).get("annotations").get(0);
        assertEquals(1, ann.get("ignore").asInt());
        assertEquals(0, ann.get("iscrowd").asInt());
    }
}
