package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import mirage.core.random.Seeds;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.SceneSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appearance draws are reproducible per frame and each knob moves only its own stream. */
class AppearanceDeterminismTest {
    private static final int FRAMES = 12;
    private static final String SPEC = """
            seed: 21
            frames: 12
            image: {width: 320, height: 240}
            camera:
              fov_deg: {uniform: [40, 70]}
              orbit: {distance: {uniform: [3, 5]}, roll_deg: {uniform: [-20, 20]}}
            objects:
              - asset: a.glb
                category: a
                count: {int_uniform: [1, 3]}
                material:
                  surface: {procedural: {pattern: [checker, noise], color_a: {hsv: [{uniform: [0, 360]}, 1, 1]}}}
                  uv: {scale: {uniform: [0.5, 3]}, offset: {uniform: [0, 1]}}
                  roughness: {uniform: [0.2, 0.9]}
              - asset: b.glb
                category: b
                material: {texture_folder: textures}
            lights:
              - {type: directional, temperature_k: {uniform: [3000, 8000]}, shadows: true}
              - {type: spot, position: {min: [-1, 3, -1], max: [1, 4, 1]}, cone_deg: {uniform: [10, 40]}}
            background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.5}
            effects: {blur_sigma: {uniform: [0, 2]}, noise_std: 0.01, jpeg_quality: {int_uniform: [70, 95]}}
            """;

    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private SceneSpec spec(String from, String to) {
        if (!SPEC.contains(from)) throw new IllegalArgumentException(from);
        return specs.load(SPEC.replace(from, to));
    }

    private static Scene frame(SceneSpec spec, int i) {
        return new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(i);
    }

    private static List<Material> materials(Scene s) {
        return s.instances().stream().map(Instance::material).toList();
    }

    @Test void aFrameAloneEqualsTheSameFrameAfterOthers() {
        SceneSpec spec = specs.load(SPEC);
        SceneSampler inOrder = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < FRAMES; i++) inOrder.sample(i);
        for (int i : new int[] {0, 5, 11}) {
            Scene alone = frame(spec, i);
            assertEquals(alone, inOrder.sample(i));
            assertEquals(alone.cameraDraw(), inOrder.sample(i).cameraDraw());
            assertEquals(alone.effects(), inOrder.sample(i).effects());
        }
    }

    @Test void changingALightKnobMovesOnlyTheLights() {
        SceneSpec before = specs.load(SPEC);
        SceneSpec after = spec("cone_deg: {uniform: [10, 40]}}", "cone_deg: {uniform: [20, 30]}, temperature_k: 5000}");
        for (int i = 0; i < FRAMES; i++) {
            Scene a = frame(before, i), b = frame(after, i);
            assertEquals(a.worldToCamera(), b.worldToCamera());
            assertEquals(a.intrinsics(), b.intrinsics());
            assertEquals(a.cameraDraw(), b.cameraDraw());
            assertEquals(a.instances(), b.instances());
            assertEquals(materials(a), materials(b));
            assertEquals(a.background(), b.background());
            assertEquals(a.effects(), b.effects());
            assertEquals(a.ambient(), b.ambient());
            assertEquals(a.lights().get(0), b.lights().get(0), "the other light entry");
            assertNotEquals(a.lights().get(1), b.lights().get(1));
        }
    }

    @Test void changingTheLensOrRollMovesOnlyTheCamera() {
        SceneSpec before = specs.load(SPEC);
        SceneSpec after = spec("roll_deg: {uniform: [-20, 20]}", "roll_deg: {uniform: [-90, 90]}");
        for (int i = 0; i < FRAMES; i++) {
            Scene a = frame(before, i), b = frame(after, i);
            assertNotEquals(a.worldToCamera(), b.worldToCamera());
            assertEquals(a.cameraDraw().distance(), b.cameraDraw().distance());
            assertEquals(a.instances(), b.instances());
            assertEquals(a.lights(), b.lights());
            assertEquals(a.background(), b.background());
            assertEquals(a.effects(), b.effects());
        }
    }

    @Test void changingAMaterialMovesOnlyThatEntrysMaterials() {
        SceneSpec before = specs.load(SPEC);
        SceneSpec after = spec("roughness: {uniform: [0.2, 0.9]}\n", "roughness: {uniform: [0.5, 0.6]}\n      metallic: {choice: [0, 1]}\n");
        for (int i = 0; i < FRAMES; i++) {
            Scene a = frame(before, i), b = frame(after, i);
            assertEquals(a.worldToCamera(), b.worldToCamera());
            assertEquals(a.instances().stream().map(Instance::modelToWorld).toList(), b.instances().stream().map(Instance::modelToWorld).toList());
            List<Material> ma = materials(a), mb = materials(b);
            assertEquals(ma.get(ma.size() - 1), mb.get(mb.size() - 1), "entry 1's material");
            assertNotEquals(ma.get(0), mb.get(0));
            assertEquals(ma.get(0).surface(), mb.get(0).surface(), "drawn before the roughness");
            assertEquals(ma.get(0).uv(), mb.get(0).uv(), "drawn before the roughness");
            assertEquals(a.lights(), b.lights());
            assertEquals(a.background(), b.background());
        }
    }

    @Test void changingTheBackgroundOrEffectsMovesNothingElse() {
        SceneSpec before = specs.load(SPEC);
        SceneSpec background = spec("background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.5}",
                "background: {procedural: {pattern: noise}, tiles: {uniform: [2, 8]}}");
        SceneSpec effects = spec("noise_std: 0.01", "noise_std: 0.02, hue_deg: {uniform: [-5, 5]}");
        for (int i = 0; i < FRAMES; i++) {
            Scene a = frame(before, i), b = frame(background, i), c = frame(effects, i);
            for (Scene other : List.of(b, c)) {
                assertEquals(a.worldToCamera(), other.worldToCamera());
                assertEquals(a.instances(), other.instances());
                assertEquals(a.lights(), other.lights());
            }
            assertEquals(a.effects(), b.effects());
            assertNotEquals(a.background(), b.background());
            assertEquals(a.background(), c.background());
            assertNotEquals(a.effects(), c.effects());
        }
    }

    @Test void effectsComeFromTheirOwnStream() {
        SceneSpec spec = specs.load(SPEC);
        for (int i = 0; i < 3; i++)
            assertEquals(EffectsSampler.sample(spec.effects(), Seeds.derive(21, i, "effects")), frame(spec, i).effects());
        assertEquals(SensorEffects.NONE, frame(spec("effects: {blur_sigma: {uniform: [0, 2]}, noise_std: 0.01, jpeg_quality: {int_uniform: [70, 95]}}\n", ""), 0)
                .effects(), "no effects key: exactly NONE");
    }
}
