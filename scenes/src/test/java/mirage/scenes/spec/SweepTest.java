package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep files: the grid, variant names, overrides bound against the base spec, and located errors. */
class SweepTest {
    /** Lines: 1 base, 2 frames, 3 axes, 4 field, 5 values, 6 field, 7 name, 8 values, 9 labels. */
    static final String SWEEP = """
            base: spec/scene.yaml
            frames: 4
            axes:
              - field: lights[0].intensity
                values: [1.0, 2.5, 4]
              - field: background
                name: bg
                values: [{color: [0.5, 0.5, 0.5]}, {image_folder: backgrounds}]
                labels: [grey, photo]
            """;

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() throws Exception {
        fx = new SpecFixture(tmp.resolve("spec"));
        fx.write("scene.yaml", SpecFixture.MINIMAL_YAML + "lights:\n  - type: directional\n");
    }

    private Sweep load(String text) {
        try {
            return Sweep.load(Files.writeString(tmp.resolve("sweep.yaml"), text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test void theGridTurnsTheLastAxisFastest() {
        Sweep s = load(SWEEP);
        assertEquals(tmp.resolve("spec/scene.yaml"), s.base());
        assertEquals(List.of("lights-0.intensity-1.0_bg-grey", "lights-0.intensity-1.0_bg-photo",
                "lights-0.intensity-2.5_bg-grey", "lights-0.intensity-2.5_bg-photo",
                "lights-0.intensity-4_bg-grey", "lights-0.intensity-4_bg-photo"),
                s.variants().stream().map(Sweep.Variant::name).toList());
        assertEquals(List.of("2.5", "photo"), s.variants().get(3).labels());
        SpecLoader loader = new SpecLoader();
        SceneSpec v3 = loader.load(s.base(), s.variants().get(3).overrides());
        assertEquals(4, v3.frames());
        assertEquals(Distribution.constant(2.5), v3.lights().get(0).intensity());
        assertEquals(tmp.resolve("spec/backgrounds"), ((BackgroundSpec.Images) v3.background()).folder().folder());
        SceneSpec v0 = loader.load(s.base(), s.variants().get(0).overrides());
        assertEquals(v3.seed(), v0.seed());
        assertEquals(v3.objects(), v0.objects());
    }

    @Test void labelsAreCleanedForFolders() {
        Sweep s = load("""
                base: spec/scene.yaml
                axes:
                  - {field: "objects[0].asset", values: [models/coin.glb, models/box.obj, ".hidden"]}
                  - {field: ambient, name: "a b/c", values: [{uniform: [0, 1]}, 0.5]}
                """);
        assertEquals("objects-0.asset-models-coin.glb_a-b-c-0", s.variants().get(0).name());
        assertEquals("objects-0.asset-models-coin.glb_a-b-c-0.5", s.variants().get(1).name());
        assertEquals("objects-0.asset-hidden_a-b-c-0", s.variants().get(4).name());
    }

    private SpecException error(String text) {
        return assertThrows(SpecException.class, () -> load(text));
    }

    private void assertAt(SpecException e, int line, int column, String field, String reason) {
        String prefix = tmp.resolve("sweep.yaml") + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ");
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test void sweepFileErrorsAreLocated() {
        assertAt(error(SWEEP.replace("base: spec/scene.yaml", "base: spec/nope.yaml")), 1, 7, "base", "spec file not found");
        assertAt(error(SWEEP.replace("frames: 4", "framez: 4")), 2, 1, "", "unknown key 'framez' (known: base, frames, axes)");
        assertAt(error(SWEEP.replace("frames: 4", "frames: -4")), 2, 9, "frames", "must be an integer 0..10000000");
        assertAt(error(SWEEP.replace("lights[0].intensity", "lights[0]intensity")), 4, 12, "axes[0].field",
                "not a field path");
        assertAt(error(SWEEP.replace("lights[0].intensity", "seed")), 4, 12, "axes[0].field", "every variant keeps the base spec's seed");
        assertAt(error(SWEEP.replace("[grey, photo]", "[grey]")), 9, 13, "axes[1].labels", "needs one label per value");
        assertAt(error(SWEEP.replace("[grey, photo]", "[grey, grey]")), 9, 20, "axes[1].labels[1]", "same folder label \"grey\"");
        assertAt(error(SWEEP.replace("[1.0, 2.5, 4]", "[1, 1.0, \"1.0\"]")), 5, 22, "axes[0].values[2]", "same folder label \"1.0\"");
        assertAt(error(SWEEP.replace("[1.0, 2.5, 4]", "[]")), 5, 13, "axes[0].values", "needs 1 to 100 values");
        StringBuilder many = new StringBuilder("base: spec/scene.yaml\naxes:\n");
        for (int a = 0; a < 4; a++) many.append("  - {field: ambient, name: a" + a + ", values: [0, 0.1, 0.2, 0.3, 0.4, 0.5]}\n");
        assertAt(error(many.toString()), 3, 3, "axes", "the axes make 1296 variants; at most 1000");
        assertAt(error(many.toString().replace("name: a3", "name: a1")), 6, 5, "axes[3]",
                "has the same name as axes[1] (\"a1\"); give each axis its own name");
    }

    /** The message quotes the sweep's value, not the base spec's value at that path (64 here). */
    @Test void aWrongTypeInAValueQuotesThatValue() {
        Sweep s = load(SWEEP.replace("lights[0].intensity", "image.width").replace("[1.0, 2.5, 4]", "[32, 'abc']"));
        SpecException e = assertThrows(SpecException.class, () -> new SpecLoader().load(s.base(), s.variants().get(2).overrides()));
        assertAt(e, 5, 18, "axes[0].values[1]", "image.width: must be an integer, got \"abc\"");
    }

    @Test void badValuesAreLocatedInTheSweepFile() {
        Sweep s = load(SWEEP.replace("[1.0, 2.5, 4]", "[1.0, -2, 4]").replace("image_folder: backgrounds", "image_folder: nowhere"));
        SpecLoader loader = new SpecLoader();
        SpecException e = assertThrows(SpecException.class, () -> loader.load(s.base(), s.variants().get(2).overrides()));
        assertAt(e, 5, 19, "axes[0].values[1]", "lights[0].intensity: must be >= 0, got -2");
        e = assertThrows(SpecException.class, () -> loader.load(s.base(), s.variants().get(1).overrides()));
        assertAt(e, 8, 55, "axes[1].values[1].image_folder", "background.image_folder: folder not found");
        StringBuilder deep = new StringBuilder("1");
        for (int i = 0; i < 28; i++) deep.insert(0, "[").append("]");
        Sweep tooDeep = load(SWEEP.replace("lights[0].intensity", "camera.orbit.target.x.y").replace("[1.0, 2.5, 4]", "[" + deep + "]"));
        e = assertThrows(SpecException.class, () -> loader.load(tooDeep.base(), tooDeep.variants().get(0).overrides()));
        assertAt(e, 5, 14, "axes[0].values[0]", "nested deeper than 32 levels where it lands");
        Sweep far = load(SWEEP.replace("lights[0].intensity", "lights[2].intensity"));
        e = assertThrows(SpecException.class, () -> loader.load(far.base(), far.variants().get(0).overrides()));
        assertAt(e, 4, 5, "axes[0].field", "lights has 1 entries, so lights[2] does not exist");
    }
}
