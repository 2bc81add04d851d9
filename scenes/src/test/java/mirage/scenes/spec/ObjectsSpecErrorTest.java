package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors in the object, placement, class-balance, distractor and occluder fields: each checks the whole prefix
 * {@code file:line:column: field: } and the reason. Specs are {@link SpecFixture#MINIMAL_YAML} (one coin entry, lines
 * 10-13 the objects list) with lines changed or added; the expected place is where a marker text starts in the spec.
 */
class ObjectsSpecErrorTest {
    private static final String OBJECT_LINE = "    scale: 1\n";

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() throws IOException {
        fx = new SpecFixture(tmp);
        Files.createDirectories(tmp.resolve("clutter"));
        Files.writeString(tmp.resolve("clutter/a.glb"), "x");
    }

    /** Loads {@code yaml}, expects an error at the start of {@code marker} (its first occurrence) on {@code field}. */
    private void assertError(String yaml, String marker, String field, String reason) {
        int at = yaml.indexOf(marker);
        assertTrue(at >= 0, "marker not in spec: " + marker);
        int line = 1 + (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - yaml.lastIndexOf('\n', at - 1);
        Path file = fx.write("scene.yaml", yaml);
        SpecException e = assertThrows(SpecException.class, () -> fx.loader.load(file));
        String prefix = file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ");
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
        assertTrue(e.reason().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
        assertEquals(field, e.field());
    }

    /** MINIMAL_YAML with the object's scale line replaced by {@code lines}. */
    private static String object(String lines) {
        return SpecFixture.MINIMAL_YAML.replace(OBJECT_LINE, lines);
    }

    private static String top(String lines) {
        return SpecFixture.MINIMAL_YAML + lines;
    }

    @Test void scale() {
        assertError(object("    scale: [1, 2]\n"), "[1, 2]", "objects[0].scale", "must be one value or a list of 3 [x, y, z], got 2 values");
        assertError(object("    scale: [1, -2, 1]\n"), "-2", "objects[0].scale[1]", "must be > 0, got -2");
        assertError(object("    scale: [1, 1, {uniform: [0, 1]}]\n"), "{uniform", "objects[0].scale[2]", "must be > 0, got uniform [0.0, 1.0]");
        assertError(object("    scale: [1, 1, 1, 1]\n"), "[1, 1, 1, 1]", "objects[0].scale", "got more than 3");
        assertError(object("    scale: [1, \"big\", 1]\n"), "\"big\"", "objects[0].scale[1]", "must be a number or a distribution");
    }

    @Test void axisRotation() {
        assertError(object("    rotation: {axis: [0, 0, 0]}\n"), "[0, 0, 0]", "objects[0].rotation.axis", "must not be the zero vector [0, 0, 0]");
        assertError(object("    rotation: {axis: [0, 1]}\n"), "[0, 1]", "objects[0].rotation.axis", "must be a list of 3 numbers [x, y, z], got 2 values");
        assertError(object("    rotation: {axis: [0, 1, 0], angle_deg: {uniform: [2, 1]}}\n"), "{uniform", "objects[0].rotation.angle_deg",
                "uniform needs [a, b] with a <= b");
        assertError(object("    rotation: {axis: [0, 1, 0], base_deg: 90}\n"), "90}", "objects[0].rotation.base_deg",
                "must be a list of 3 angles [rx, ry, rz] in degrees, got 90");
        assertError(object("    rotation: {angle_deg: 5}\n"), "{angle_deg", "objects[0].rotation.axis", "missing required field");
    }

    @Test void rotationForms() {
        assertError(object("    rotation: {axis: [0, 1, 0], fixed_deg: [0, 0, 0]}\n"), "[0, 0, 0]}", "objects[0].rotation.fixed_deg",
                "does not go with 'axis'");
        assertError(object("    rotation: {list_deg: [[0, 0, 0]], angle_deg: 3}\n"), "3}", "objects[0].rotation.angle_deg",
                "does not go with 'list_deg'");
        assertError(object("    rotation: {spin: 3}\n"), "spin", "objects[0].rotation",
                "unknown key 'spin' (known: fixed_deg, axis, angle_deg, base_deg, list_deg)");
        assertError(object("    rotation: {}\n"), "{}", "objects[0].rotation", "must be \"uniform\", {fixed_deg");
        assertError(object("    rotation: random\n"), "random", "objects[0].rotation", "got \"random\"");
    }

    @Test void listRotation() {
        assertError(object("    rotation: {list_deg: []}\n"), "[]", "objects[0].rotation.list_deg", "needs at least one rotation");
        assertError(object("    rotation: {list_deg: [[0, 0, 0], [1, 2]]}\n"), "[1, 2]", "objects[0].rotation.list_deg[1]",
                "must be a list of 3 angles [rx, ry, rz] in degrees, got 2 values");
        assertError(object("    rotation: {list_deg: 5}\n"), "5}", "objects[0].rotation.list_deg", "must be a list of rotations");
    }

    @Test void support() {
        assertError(object("    position: {min: [0, 0, 0], max: [1, 1, 1]}\n    support: {min: [0, 0], max: [1, 1]}\n"),
                "{min: [0, 0]", "objects[0].support", "give position or support, not both");
        assertError(object("    support: {min: [0, 0], max: [1]}\n"), "[1]}", "objects[0].support.max", "must be a list of 2 numbers [x, z], got 1 values");
        assertError(object("    support: {min: [2, 0], max: [1, 1]}\n"), "{min", "objects[0].support", "min must be <= max on both axes");
        assertError(object("    support: {max: [1, 1]}\n"), "{max", "objects[0].support.min", "missing required field");
        assertError(object("    support: {min: [0, 0], max: [1, 1], height: \"low\"}\n"), "\"low\"", "objects[0].support.height", "must be a number");
        assertError(object("    support: {min: [0, 0], max: [1, 1], y: 2}\n"), "y: 2", "objects[0].support", "unknown key 'y' (known: height, min, max)");
    }

    @Test void placement() {
        assertError(top("placement: {max_tries: 0}\n"), "0}", "placement.max_tries", "must be an integer 1..100000, got 0");
        assertError(top("placement: {on_failure: skip}\n"), "skip", "placement.on_failure", "must be one of error, drop");
        assertError(top("placement: {collision_free: 1}\n"), "1}", "placement.collision_free", "must be true or false");
        assertError(top("placement: {tries: 3}\n"), "tries", "placement", "unknown key 'tries' (known: collision_free, max_tries, on_failure, physics)");
    }

    @Test void classBalanceWeights() {
        String noScale = SpecFixture.MINIMAL_YAML.replace(OBJECT_LINE, "");
        assertError(noScale + "class_balance: {weights: {coin: 1}}\n", "{weights", "class_balance.instances_per_frame", "missing required field");
        assertError(noScale + "class_balance: {instances_per_frame: 2, weights: {coin: -1}}\n", "-1", "class_balance.weights.coin",
                "must be >= 0, got -1");
        assertError(noScale + "class_balance: {instances_per_frame: 2, weights: {coin: 0}}\n", "{coin", "class_balance.weights",
                "must have a positive sum");
        assertError(noScale + "class_balance: {instances_per_frame: 2, weights: {nope: 1}}\n", "1}", "class_balance.weights.nope",
                "no object entry has category 'nope' (categories: coin)");
        assertError(noScale + "class_balance: {instances_per_frame: {uniform: [1, 2]}, weights: {coin: 1}}\n", "{uniform",
                "class_balance.instances_per_frame", "must be an integer 0..65535");
        assertError(noScale + "class_balance: {instances_per_frame: 2, weights: {}}\n", "{}", "class_balance.weights", "needs at least one category");
        assertError(noScale + "class_balance: {instances_per_frame: 2, weights: {coin: \"a lot\"}}\n", "\"a lot\"",
                "class_balance.weights.coin", "must be a number");
    }

    @Test void classBalanceTargets() {
        String noScale = SpecFixture.MINIMAL_YAML.replace(OBJECT_LINE, "");
        assertError(noScale + "class_balance: {targets: {coin: 2.5}}\n", "2.5", "class_balance.targets.coin", "must be an integer, got 2.5");
        assertError(noScale + "class_balance: {targets: {coin: -1}}\n", "-1", "class_balance.targets.coin", "must be an integer 0..10000000, got -1");
        String two = noScale + "  - {asset: models/box.obj, category: box}\n";
        assertError(two + "class_balance: {targets: {coin: 6000000, box: 6000000}}\n", "{coin", "class_balance.targets",
                "add up to 12000000 instances; at most 10000000 per run");
        assertError(noScale + "class_balance: {targets: {coin: 700000}}\n", "{coin", "class_balance.targets",
                "700000 instances over 10 frames put up to 70000 in one frame; at most 65535 are possible");
        assertError(noScale.replace("frames: 10", "frames: 0") + "class_balance: {targets: {coin: 1}}\n", "{coin",
                "class_balance.targets", "add up to 1 instances, but the run has no frames");
        assertError(noScale + "class_balance: {targets: {coin: 1}, instances_per_frame: 2}\n", "2}", "class_balance.instances_per_frame",
                "leave instances_per_frame out");
        assertError(noScale + "class_balance: {targets: {coin: 1}, weights: {coin: 1}}\n", "{coin", "class_balance.targets", "not both");
        assertError(noScale + "class_balance: {}\n", "{}", "class_balance", "give weights (with instances_per_frame) or targets");
        assertError(noScale + "class_balance: {targets: {flag: 1}}\n", "1}", "class_balance.targets.flag", "no object entry has category 'flag'");
    }

    @Test void entriesMustNotCountUnderClassBalance() {
        assertError(SpecFixture.MINIMAL_YAML.replace(OBJECT_LINE, "    count: 2\n") + "class_balance: {targets: {coin: 1}}\n", "2\n",
                "objects[0].count", "must be left out under class_balance");
    }

    @Test void distractors() {
        assertError(top("distractors:\n  - {shapes: [cube, pyramid]}\n"), "pyramid", "distractors[0].shapes[1]",
                "must be one of cube, sphere, cylinder, cone, torus, got \"pyramid\"");
        assertError(top("distractors:\n  - {shapes: []}\n"), "[]", "distractors[0].shapes", "needs at least one shape");
        assertError(top("distractors:\n  - {shapes: [cube], asset_folder: clutter}\n"), "clutter", "distractors[0].asset_folder",
                "give shapes or asset_folder, not both");
        assertError(top("distractors:\n  - {asset_folder: empty}\n"), "empty", "distractors[0].asset_folder",
                "folder " + tmp.resolve("empty").toAbsolutePath() + " has no glb/gltf/obj/ply/stl/fbx models");
        assertError(top("distractors:\n  - {asset_folder: nowhere}\n"), "nowhere", "distractors[0].asset_folder", "folder not found");
        assertError(top("distractors:\n  - {count: 1001}\n"), "1001", "distractors[0].count", "must be an integer 0..1000, got 1001");
        assertError(top("distractors:\n  - {size: 0}\n"), "0}", "distractors[0].size", "must be > 0, got 0");
        assertError(top("distractors:\n  - {position: {min: [0, 0, 0], max: [1, 1, 1]}, support: {min: [0, 0], max: [1, 1]}}\n"),
                "{min: [0, 0]", "distractors[0].support", "give position or support, not both");
        assertError(top("distractors:\n  - {material: asset}\n"), "asset}", "distractors[0].material",
                "built-in shapes have no material of their own");
        assertError(top("distractors:\n  - {colour: red}\n"), "colour", "distractors[0]", "unknown key 'colour' (known: shapes, asset_folder, count");
        assertError(top("distractors:\n" + "  - {count: 1000}\n".repeat(11)), "- {count", "distractors",
                "the counts allow up to 11000 distractors and occluders per frame; at most 10000 are possible");
    }

    @Test void occluders() {
        assertError(top("occluders: {depth: 1}\n"), "1}", "occluders.depth", "must be > 0 and < 1, got 1");
        assertError(top("occluders: {depth: {uniform: [0, 0.5]}}\n"), "{uniform", "occluders.depth", "must be > 0 and < 1, got uniform [0.0, 0.5]");
        assertError(top("occluders: {offset: {normal: [0, -1]}}\n"), "{normal", "occluders.offset", "normal std must be >= 0");
        assertError(top("occluders: {position: {min: [0, 0, 0], max: [1, 1, 1]}}\n"), "position", "occluders",
                "unknown key 'position' (known: count, shapes, asset_folder, size, depth, offset, rotation, material)");
        assertError(top("occluders: {shapes: [cube], asset_folder: clutter}\n"), "clutter", "occluders.asset_folder", "not both");
        assertError(top("occluders: [cube]\n"), "[cube]", "occluders", "must be a mapping");
    }
}
