package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits: binding each split's overridden copy, the frame plan, and every error located at its override. */
class SplitSpecTest {
    /** Lines: 13 splits, 14 train name, 16 val name, 17 val frames, 18 set, 19..21 the set entries. */
    static final String SPLITS_YAML = """
            seed: 1
            image: {width: 64, height: 48}
            camera: {fov_deg: 60, orbit: {distance: 3}}
            objects:
              - asset: models/coin.glb
                category: coin
              - asset: models/box.obj
                category: box
            lights:
              - type: directional
                intensity: 2
            background: {image_folder: backgrounds}
            splits:
              - name: train
                frames: 8
              - name: val
                frames: 2
                set:
                  background.image_folder: textures
                  lights[0].intensity: {uniform: [1, 3]}
                  objects[1].asset: models/coin.glb
            """;

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    @Test void eachSplitIsTheSpecWithItsOverrides() {
        SceneSpec s = fx.load("scene.yaml", SPLITS_YAML);
        assertEquals(10, s.frames());
        assertEquals(List.of("train", "val"), s.splits().stream().map(SplitSpec::name).toList());
        SceneSpec train = s.splits().get(0).spec(), val = s.splits().get(1).spec();
        assertEquals(8, train.frames());
        assertEquals(2, val.frames());
        assertTrue(train.splits().isEmpty() && val.splits().isEmpty());
        assertEquals(folderOf(s), folderOf(train));
        assertEquals(tmp.resolve("textures").toAbsolutePath().normalize(), folderOf(val));
        assertEquals(Distribution.constant(2), train.lights().get(0).intensity());
        assertEquals(new Distribution.Uniform(1, 3), val.lights().get(0).intensity());
        assertEquals(tmp.resolve("models/coin.glb").toAbsolutePath().normalize(), val.objects().get(1).asset().path());
        assertEquals("box", val.objects().get(1).category());
        assertEquals(s.objects().get(0), val.objects().get(0));
        assertEquals(s.sourceFile(), val.sourceFile());
        SceneSpec reseeded = s.withSeed(42);
        assertEquals(42, reseeded.splits().get(1).spec().seed());
        SpecException e = assertThrows(SpecException.class, () -> s.withFrames(3));
        assertTrue(e.getMessage().contains("splits"), e.getMessage());
    }

    private static Path folderOf(SceneSpec s) {
        return ((BackgroundSpec.Images) s.background()).folder().folder();
    }

    @Test void thePlanGivesEachSplitTheNextFrames() {
        SplitPlan plan = SplitPlan.of(fx.load("scene.yaml", SPLITS_YAML.replace("frames: 8", "frames: 3")));
        assertTrue(plan.hasSplits());
        assertEquals(5, plan.frames());
        for (int i = 0; i < 5; i++) assertEquals(i < 3 ? "train" : "val", plan.partOf(i).name(), "frame " + i);
        assertEquals(3, plan.parts().get(1).firstFrame());
        assertEquals(5, plan.parts().get(1).endFrame());
        assertThrows(IllegalArgumentException.class, () -> plan.partOf(5));
        SplitPlan empty = SplitPlan.of(fx.load("e.yaml", SPLITS_YAML.replace("frames: 8", "frames: 0")));
        assertEquals("val", empty.partOf(0).name());
        SplitPlan none = SplitPlan.of(fx.load("min.yaml", SpecFixture.MINIMAL_YAML));
        assertFalse(none.hasSplits());
        assertNull(none.partOf(9).name());
        assertEquals(10, none.frames());
    }

    @Test void writtenSpecLeavesFramesOutAndLoadsEqual() {
        SceneSpec s = fx.load("scene.yaml", SPLITS_YAML);
        String json = SpecWriter.toJson(s);
        assertFalse(SpecWriter.toTree(s).has("frames"), json);
        assertTrue(json.contains("\"background.image_folder\" : \"textures\""), json);
        SceneSpec again = fx.load("again.json", json);
        assertEquals(s, again);
        assertEquals(json, SpecWriter.toJson(again));
        assertFalse(SpecWriter.toTree(fx.load("min.yaml", SpecFixture.MINIMAL_YAML)).has("splits"));
    }

    @Test void overrideCreatesMappingKeys() {
        SceneSpec s = fx.load("scene.yaml", SPLITS_YAML.replace("      objects[1].asset: models/coin.glb\n",
                "      outputs.depth: false\n      labels.min_visible_pixels: 5\n"));
        assertFalse(s.splits().get(1).spec().outputs().depth());
        assertEquals(5, s.splits().get(1).spec().labels().minVisiblePixels());
        assertTrue(s.splits().get(0).spec().outputs().depth());
    }

    private SpecException error(String yaml) {
        Path file = fx.write("scene.yaml", yaml);
        return assertThrows(SpecException.class, () -> fx.loader.load(file));
    }

    private SpecException errorFor(String from, String to) {
        assertTrue(SPLITS_YAML.contains(from), from);
        return error(SPLITS_YAML.replace(from, to));
    }

    private void assertAt(SpecException e, int line, int column, String field, String reason) {
        String prefix = tmp.resolve("scene.yaml") + ":" + line + ":" + column + ": " + field + ": ";
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test void duplicateNames() {
        assertAt(errorFor("name: val", "name: train"), 16, 11, "splits[1].name", "duplicate split name 'train' (also splits[0])");
    }

    @Test void badNames() {
        assertAt(errorFor("name: val", "name: va/l"), 16, 11, "splits[1].name", "must be 1 to 64 letters, digits, _ or -");
        assertAt(errorFor("    frames: 2\n", "    frames: 2\n    sets: {}\n"), 18, 5, "splits[1]",
                "unknown key 'sets' (known: name, frames, set)");
    }

    @Test void topLevelFramesWithSplits() {
        assertAt(errorFor("seed: 1\n", "seed: 1\nframes: 10\n"), 2, 9, "frames", "leave the top-level frames out");
        assertAt(error(SPLITS_YAML.substring(0, SPLITS_YAML.indexOf("splits:")) + "splits: []\n"), 13, 9, "splits",
                "needs at least one split");
    }

    /** Each split copies the document, so many splits of a huge document are refused before any copy is made. */
    @Test void splitCopiesAreBounded() {
        String values = String.join(", ", java.util.Collections.nCopies(10_000, "0.5"));
        StringBuilder yaml = new StringBuilder(SPLITS_YAML.substring(0, SPLITS_YAML.indexOf("splits:"))
                .replace("    intensity: 2\n", "    intensity: {choice: [" + values + "]}\n"))
                .append("ambient: {choice: [").append(values).append("]}\nsplits:\n");
        for (int k = 0; k < 100; k++) yaml.append("  - {name: s").append(k).append(", frames: 1}\n");
        SpecException e = error(yaml.toString());
        assertTrue(e.getMessage().contains(": splits: 100 splits copy the spec's"), e.getMessage());
    }

    @Test void setMayNotChangeTheCategories() {
        assertAt(errorFor("objects[1].asset: models/coin.glb", "objects[1].category: coin"), 21, 28,
                "splits[1].set.objects[1].category", "a split may not change the category list (names, order, keypoints): "
                        + "split 'val' has categories [coin] where the spec has [coin, box]");
    }

    @Test void setMayNotChangeSeedSplitsOrFrames() {
        assertAt(errorFor("objects[1].asset: models/coin.glb", "seed: 3"), 21, 13, "splits[1].set.seed", "a split may not change 'seed'");
        assertAt(errorFor("objects[1].asset: models/coin.glb", "frames: 3"), 21, 15, "splits[1].set.frames", "give the split's frames");
        assertAt(errorFor("objects[1].asset: models/coin.glb", "splits[0].frames: 3"), 21, 25, "splits[1].set.splits[0].frames",
                "a split may not change 'splits'");
    }

    @Test void badOverridePaths() {
        assertAt(errorFor("lights[0].intensity:", "lights[3].intensity:"), 20, 7, "splits[1].set.lights[3].intensity",
                "lights has 1 entries, so lights[3] does not exist");
        assertAt(errorFor("lights[0].intensity:", "lights[0]..intensity:"), 20, 29, "splits[1].set.lights[0]..intensity",
                "not a field path (like lights[0].intensity): \"lights[0]..intensity\": expected a key");
        assertAt(errorFor("lights[0].intensity:", "image.width.x:"), 20, 7, "splits[1].set.image.width.x",
                "image.width is a number, not a mapping, so image.width.x cannot be set");
        assertAt(errorFor("lights[0].intensity:", "keypoints[0].x:"), 20, 7, "splits[1].set.keypoints[0].x",
                "keypoints does not exist, so keypoints[0] cannot be set");
        assertAt(errorFor("lights[0].intensity:", "lightz[0].intensity:"), 20, 7, "splits[1].set.lightz[0].intensity",
                "lightz does not exist");
        assertAt(errorFor("lights[0].intensity:", "imagez.width:"), 20, 21, "splits[1].set.imagez.width",
                "unknown key 'imagez'");
    }

    @Test void badOverrideValuesAreLocatedInTheSet() {
        assertAt(errorFor("lights[0].intensity: {uniform: [1, 3]}", "lights[0].intensity: -1"), 20, 28,
                "splits[1].set.lights[0].intensity", "must be >= 0, got -1");
        assertAt(errorFor("background.image_folder: textures", "background.image_folder: nowhere"), 19, 32,
                "splits[1].set.background.image_folder", "folder not found");
        assertAt(errorFor("background.image_folder: textures", "background: {image_folder: nowhere}"), 19, 34,
                "splits[1].set.background.image_folder", "folder not found");
        assertAt(errorFor("background.image_folder: textures", "background: {imagefolder: x}"), 19, 33,
                "splits[1].set.background.imagefolder", "unknown key 'imagefolder'");
        assertAt(errorFor("background.image_folder: textures", "background.image_folder: ../../etc"), 19, 32,
                "splits[1].set.background.image_folder", "outside the spec folder");
        assertAt(errorFor("lights[0].intensity: {uniform: [1, 3]}", "lights[0].count: 20"), 20, 24,
                "splits[1].set.lights[0].count", "must be an integer 0..16, got 20");
        String twoLights = SPLITS_YAML.replace("    intensity: 2\n", "    count: 8\n  - type: directional\n    count: 8\n")
                .replace("lights[0].intensity: {uniform: [1, 3]}", "lights[1].count: 9");
        assertAt(error(twoLights), 22, 24, "splits[1].set.lights[1].count", "lights: the counts allow up to 17 lights per frame");
        assertAt(errorFor("    frames: 2\n", "    frames: -2\n"), 17, 13, "splits[1].frames", "must be an integer 0..10000000");
    }

    /** The message quotes the value the split set, not the spec's own value at that path (64 here). */
    @Test void aWrongTypeInTheSetQuotesTheSetValue() {
        assertAt(errorFor("lights[0].intensity: {uniform: [1, 3]}", "image.width: \"abc\""), 20, 20,
                "splits[1].set.image.width", "must be an integer, got \"abc\"");
        assertAt(errorFor("lights[0].intensity: {uniform: [1, 3]}", "image: {width: 2.5, height: 48}"), 20, 22,
                "splits[1].set.image.width", "must be an integer, got 2.5");
    }
}
