package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mirage.assets.HdrFiles;
import mirage.assets.HdrImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code environment.sun} end to end on a bundled map with a strong sun (Poly Haven's quarry): each frame's last
 * light travels from the map's brightest texel above the horizon, found here by a plain scan of the decoded map,
 * turned by the frame's recorded map rotation; the record names the sun.
 */
class EnvironmentSunRunTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPEC = """
            seed: 5
            frames: 3
            image: {width: 64, height: 48}
            camera: {fov_deg: 50, orbit: {target: [0, 0, 0], distance: 3, elevation_deg: {uniform: [10, 40]}, azimuth_deg: {uniform: [0, 360]}}}
            objects:
              - {asset: "%s", category: character, count: 1, fit_size: 0.9, support: {height: 0, min: [-0.3, -0.3], max: [0.3, 0.3]}}
            lights: [{type: point, intensity: 1, position: {min: [0, 2, 0], max: [0, 2, 0]}}]
            environment: {hdri_folder: "%s", rotation_deg: {uniform: [0, 360]}, sun: {intensity: {uniform: [2, 3]}}}
            ground: {height: 0, shadow_catcher: true}
            """;
    @TempDir
    Path tmp;

    @Test
    void theSunLightComesFromTheMapsBrightestTexelTurnedWithTheMap() throws Exception {
        Path maps = Files.createDirectories(tmp.resolve("maps"));
        Path map = Files.copy(CliRun.repo().resolve("examples/default/assets/hdri/quarry_01_1k.hdr"), maps.resolve("quarry.hdr"));
        Path model = CliRun.repo().resolve("examples/default/assets/models/character.glb");
        Path out = EnvironmentRunTest.render(tmp, "sun", SPEC.formatted(model, maps), tmp.resolve("out"));
        double[] brightest = brightestAboveHorizon(HdrFiles.read(map));
        for (int f = 0; f < 3; f++) {
            JsonNode scene = JSON.readTree(out.resolve("frames/%06d.json".formatted(f)).toFile()).get("scene");
            JsonNode env = scene.get("hdr").get("environment");
            double r = Math.toRadians(env.get("rotation_deg").asDouble());
            // turned about +Y by r, counter-clockwise seen from above: (x, z) -> (x cos r + z sin r, -x sin r + z cos r)
            double x = brightest[0] * Math.cos(r) + brightest[2] * Math.sin(r);
            double z = -brightest[0] * Math.sin(r) + brightest[2] * Math.cos(r);
            JsonNode lights = scene.get("lights");
            assertEquals(2, lights.size());
            JsonNode sun = lights.get(1);
            assertEquals("directional", sun.get("type").asText());
            JsonNode travel = sun.get("direction");
            double cos = -(travel.get(0).asDouble() * x + travel.get(1).asDouble() * brightest[1] + travel.get(2).asDouble() * z);
            assertTrue(cos > Math.cos(Math.toRadians(4)), "the sun light is " + Math.toDegrees(Math.acos(Math.min(1, cos))) + "° off the brightest texel");
            double k = env.get("sun").get("intensity").asDouble();
            assertTrue(k >= 2 && k <= 3);
        }
    }

    /** Unit direction of the brightest texel (luminance) among the rows above the horizon: +Y up, u = 0.5 along -Z. */
    static double[] brightestAboveHorizon(HdrImage map) {
        int w = map.width(), best = 0;
        double max = -1;
        for (int i = 0; i < w * (map.height() / 2); i++) {
            double lum = 0.2126 * map.rgb()[3 * i] + 0.7152 * map.rgb()[3 * i + 1] + 0.0722 * map.rgb()[3 * i + 2];
            if (lum > max) {
                max = lum;
                best = i;
            }
        }
        double phi = ((best % w + 0.5) / w - 0.5) * 2 * Math.PI, theta = (best / w + 0.5) / map.height() * Math.PI;
        return new double[] {Math.sin(theta) * Math.sin(phi), Math.cos(theta), -Math.sin(theta) * Math.cos(phi)};
    }
}
