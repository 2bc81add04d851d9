package mirage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A small, fast scene over the bundled assets (one small model imported once, two categories, photos), for tests that render several runs. */
final class TinyScene {
    static final Path ASSETS = CliRun.defaultScene().getParent().resolve("assets");

    /** Top-level keys after {@code frames}; {@code frames} itself comes first, so splits may replace it. */
    static String yaml(String frames, String extra) {
        return """
                seed: 3
                %s
                image: {width: 80, height: 60}
                camera:
                  fov_deg: 50
                  orbit: {distance: {uniform: [2.5, 3.2]}, elevation_deg: {uniform: [10, 40]}}
                objects:
                  - asset: %s/models/coin.glb
                    category: coin
                    count: {int_uniform: [1, 2]}
                    fit_size: 0.7
                    position: {min: [-0.5, -0.3, -0.5], max: [0.5, 0.3, 0.5]}
                  - asset: %s/models/coin.glb
                    category: flag
                    fit_size: 0.8
                    material: {base_color: [{uniform: [0.2, 0.9]}, 0.5, 0.5]}
                    position: {min: [-0.5, -0.3, -0.5], max: [0.5, 0.3, 0.5]}
                lights:
                  - type: directional
                    intensity: 2
                  - type: point
                    intensity: {uniform: [2, 5]}
                    position: {min: [-1, 2, -1], max: [1, 3, 1]}
                background: {image_folder: %s/backgrounds}
                %s
                """.formatted(frames, ASSETS, ASSETS, ASSETS, extra);
    }

    static Path write(Path dir, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("scene.yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mirage render SPEC --out OUT --no-progress --allow-root <bundled assets> more...} */
    static CliRun render(Path spec, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("render", spec.toString(), "--out", out.toString(), "--no-progress",
                "--allow-root", ASSETS.toString()));
        args.addAll(Arrays.asList(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every regular file under {@code root}, relative, sorted. */
    static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of frame {@code i} under {@code root} (images, masks, depth, normals, record). */
    static List<Path> frameFiles(Path root, int i) {
        String stem = String.format("%06d.", i);
        return files(root).stream().filter(p -> p.getFileName().toString().startsWith(stem)).toList();
    }
}
