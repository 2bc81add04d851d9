package mirage.scenes.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary spec folder with small stand-in asset and image files (they only need to exist). */
final class SpecFixture {
    /** A spec using every feature; line numbers matter to the error tests. */
    static final String FULL_YAML = """
            seed: 7
            frames: 20
            image: {width: 640, height: 480}
            camera:
              fov_deg: 50
              near: 0.1
              far: 50
              orbit:
                target: [0, 0.5, 0]
                distance: {uniform: [2, 4]}
                elevation_deg: {normal: {mean: 30, std: 10, min: 5, max: 80}}
                azimuth_deg: {uniform: [0, 360]}
                look_at_jitter: {normal: [0, 0.05]}
            objects:
              - asset: models/coin.glb
                category: coin
                count: {int_uniform: [1, 5]}
                scale: {uniform: [0.8, 1.2]}
                fit_size: 0.5
                position: {min: [-1, 0, -1], max: [1, 0.5, 1]}
                material: {base_color: [{uniform: [0.2, 1]}, 0.5, {choice: [0, 1]}]}
              - asset: models/box.obj
                category: box
                count: {choice: [0, 2]}
                center: false
                rotation: {fixed_deg: [0, 90, 0]}
                material: {texture_folder: textures}
              - asset: models/coin.glb
                category: coin
            lights:
              - type: directional
                intensity: {uniform: [1, 4]}
                color: [1, 0.9, 0.8]
                elevation_deg: 60
              - type: point
                count: {int_uniform: [0, 2]}
                position: {min: [-2, 2, -2], max: [2, 3, 2]}
            ambient: 0.2
            background: {image_folder: backgrounds}
            """;

    /** The same spec as {@link #FULL_YAML}, in JSON. */
    static final String FULL_JSON = """
            {
              "seed": 7, "frames": 20, "image": {"width": 640, "height": 480},
              "camera": {"fov_deg": 50, "near": 0.1, "far": 50,
                "orbit": {"target": [0, 0.5, 0], "distance": {"uniform": [2, 4]},
                  "elevation_deg": {"normal": {"mean": 30, "std": 10, "min": 5, "max": 80}},
                  "azimuth_deg": {"uniform": [0, 360]}, "look_at_jitter": {"normal": [0, 0.05]}}},
              "objects": [
                {"asset": "models/coin.glb", "category": "coin", "count": {"int_uniform": [1, 5]},
                 "scale": {"uniform": [0.8, 1.2]}, "fit_size": 0.5,
                 "position": {"min": [-1, 0, -1], "max": [1, 0.5, 1]},
                 "material": {"base_color": [{"uniform": [0.2, 1]}, 0.5, {"choice": [0, 1]}]}},
                {"asset": "models/box.obj", "category": "box", "count": {"choice": [0, 2]}, "center": false,
                 "rotation": {"fixed_deg": [0, 90, 0]}, "material": {"texture_folder": "textures"}},
                {"asset": "models/coin.glb", "category": "coin"}
              ],
              "lights": [
                {"type": "directional", "intensity": {"uniform": [1, 4]}, "color": [1, 0.9, 0.8], "elevation_deg": 60},
                {"type": "point", "count": {"int_uniform": [0, 2]}, "position": {"min": [-2, 2, -2], "max": [2, 3, 2]}}
              ],
              "ambient": 0.2,
              "background": {"image_folder": "backgrounds"}
            }
            """;

    /** A small valid spec; tests replace parts of it. Line 9 is "    distance: 3", line 13 "    scale: 1". */
    static final String MINIMAL_YAML = """
            seed: 1
            frames: 10
            image:
              width: 64
              height: 48
            camera:
              fov_deg: 60
              orbit:
                distance: 3
            objects:
              - asset: models/coin.glb
                category: coin
                scale: 1
            """;

    final Path dir;
    final SpecLoader loader = new SpecLoader();

    SpecFixture(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("models"));
            Files.writeString(dir.resolve("models/coin.glb"), "glTF stand-in");
            Files.writeString(dir.resolve("models/box.obj"), "o box");
            Files.createDirectories(dir.resolve("textures"));
            Files.writeString(dir.resolve("textures/wood.png"), "png stand-in");
            Files.writeString(dir.resolve("textures/brick.JPG"), "jpg stand-in");
            Files.writeString(dir.resolve("textures/notes.txt"), "not an image");
            Files.createDirectories(dir.resolve("backgrounds"));
            Files.writeString(dir.resolve("backgrounds/sky.jpeg"), "jpeg stand-in");
            Files.createDirectories(dir.resolve("empty"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SceneSpec load(String name, String text) {
        return loader.load(write(name, text));
    }
}
