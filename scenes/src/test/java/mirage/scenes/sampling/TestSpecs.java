package mirage.scenes.sampling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mirage.core.geom.Aabb;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecLoader;
import org.joml.Vector3f;

/** Loads YAML specs from a temporary folder holding stand-in assets a.glb, b.glb and image folders. */
final class TestSpecs {
    /** Bounds every test asset reports: min (1, 2, 3), max (3, 6, 7); centre (2, 4, 5); largest edge 4. */
    static final Aabb BOUNDS = new Aabb(new Vector3f(1, 2, 3), new Vector3f(3, 6, 7));
    static final AssetBounds FIXED_BOUNDS = path -> BOUNDS;

    /** A spec using most features; tests vary single lines. */
    static final String BASE = """
            seed: 99
            frames: 50
            image: {width: 320, height: 240}
            camera:
              fov_deg: 60
              orbit:
                target: [0, 0.5, 0]
                distance: {uniform: [3, 5]}
                elevation_deg: {uniform: [10, 60]}
                look_at_jitter: {normal: {mean: 0, std: 0.1, min: -0.3, max: 0.3}}
            objects:
              - asset: a.glb
                category: coin
                count: {int_uniform: [1, 5]}
                scale: {uniform: [0.5, 2]}
                fit_size: 0.5
                position: {min: [-1, -1, -1], max: [1, 1, 1]}
                material: {base_color: [{uniform: [0, 1]}, 0.5, 0.25]}
              - asset: b.glb
                category: box
                count: {choice: [0, 2]}
                material: {texture_folder: textures}
              - asset: a.glb
                category: coin
                count: 1
            lights:
              - type: directional
                intensity: {uniform: [1, 3]}
              - type: point
                count: {int_uniform: [0, 2]}
                position: {min: [-2, 2, -2], max: [2, 3, 2]}
            ambient: {uniform: [0.1, 0.3]}
            background: {image_folder: backgrounds}
            """;

    private final Path dir;

    TestSpecs(Path dir) {
        this.dir = dir;
        try {
            Files.writeString(dir.resolve("a.glb"), "stand-in");
            Files.writeString(dir.resolve("b.glb"), "stand-in");
            Files.createDirectories(dir.resolve("textures"));
            for (String n : new String[] {"t1.png", "t2.png", "t3.jpg"}) Files.writeString(dir.resolve("textures").resolve(n), "x");
            Files.createDirectories(dir.resolve("backgrounds"));
            for (String n : new String[] {"b1.jpg", "b2.jpeg"}) Files.writeString(dir.resolve("backgrounds").resolve(n), "x");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SceneSpec load(String yaml) {
        try {
            return new SpecLoader().load(Files.writeString(dir.resolve("scene.yaml"), yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BASE with {@code from} replaced by {@code to} (which must occur). */
    SceneSpec base(String from, String to) {
        if (!BASE.contains(from)) throw new IllegalArgumentException(from);
        return load(BASE.replace(from, to));
    }

    /** A one-object spec with the given camera orbit and object lines. */
    SceneSpec simple(String orbit, String object) {
        return load(simpleYaml(orbit, object));
    }

    /** The YAML of {@link #simple}, for tests that add top-level fields. */
    String simpleYaml(String orbit, String object) {
        return """
                frames: 10
                image: {width: 640, height: 480}
                camera:
                  fov_deg: 50
                  orbit: %s
                objects:
                  - %s
                """.formatted(orbit, object);
    }
}
