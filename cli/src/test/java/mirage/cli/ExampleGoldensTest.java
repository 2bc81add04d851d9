package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled example spec, rendered for a few frames, gives the same files as the code the goldens were
 * recorded with (see {@link Goldens}): images, masks, depth, normals, frame records, annotations, dataset.json.
 * The randomization example and the sweep are checked where their own tests render them
 * ({@link RandomizationExampleTest}, {@link BundledSweepTest}); a small spec here covers what no example turns on
 * (keypoints, the ignore filter, clamped depth, depth as .npy, placement drops, JPEG images).
 */
class ExampleGoldensTest {
    static final Path EXAMPLES = CliRun.repo().resolve("examples/default");

    @TempDir
    Path tmp;

    @Test
    void theDefaultScene() {
        Goldens.check("scene", render(EXAMPLES.resolve("scene.yaml"), "--frames", "3"));
    }

    @Test
    void theClassicScene() {
        Goldens.check("classic", render(EXAMPLES.resolve("classic.yaml"), "--frames", "3"));
    }

    @Test
    void theBenchScene() {
        Goldens.check("bench", render(EXAMPLES.resolve("bench.yaml"), "--frames", "2"));
    }

    @Test
    void outputsNoExampleTurnsOn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("extras/models/Textures"));
        Path assets = EXAMPLES.resolve("assets");
        Files.copy(assets.resolve("models/coin.glb"), dir.getParent().resolve("coin.glb"));
        Files.copy(assets.resolve("models/Textures/colormap.png"), dir.resolve("colormap.png"));
        Path bg = Files.createDirectories(tmp.resolve("extras/backgrounds"));
        Files.copy(assets.resolve("backgrounds/polyhaven_goegap_crop.jpg"), bg.resolve("goegap.jpg"),
                StandardCopyOption.REPLACE_EXISTING);
        Path spec = Files.writeString(tmp.resolve("extras/extras.yaml"), """
                seed: 11
                frames: 3
                image: {width: 96, height: 72}
                camera: {fov_deg: 50, orbit: {distance: {uniform: [1.6, 2.2]}, elevation_deg: {uniform: [0, 40]}}}
                placement: {collision_free: true, max_tries: 3, on_failure: drop}
                objects:
                  - asset: models/coin.glb
                    category: coin
                    count: 6
                    fit_size: 0.6
                    position: {min: [-0.4, -0.3, -0.4], max: [0.4, 0.3, 0.4]}
                    keypoints:
                      - {name: front, position: [0, 0.2083, 0.0833]}
                      - {name: back, position: [0, 0.2083, -0.0833]}
                labels: {min_visibility: 0.6, below: ignore}
                lights:
                  - {type: directional, intensity: 2}
                background: {image_folder: backgrounds}
                effects: {jpeg_quality: 85, noise_std: 0.01}
                outputs: {depth_scale: 0.02, depth_overflow: clamp, depth_npy: true, normals: false}
                """);
        Goldens.check("extras", render(spec));
    }

    private Path render(Path spec, String... more) {
        Path out = tmp.resolve("out-" + spec.getFileName());
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"render", spec.toString(), "--out", out.toString(), "--no-progress"}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }
}
