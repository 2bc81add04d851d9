package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of spec error. Each checks the whole location prefix ({@code file:line:column: field: }) and
 * the reason. Edits are made to {@link SpecFixture#MINIMAL_YAML}, whose line numbers are:
 * 1 seed, 2 frames, 3 image, 4 width, 5 height, 6 camera, 7 fov_deg, 8 orbit, 9 distance, 10 objects,
 * 11 asset, 12 category, 13 scale.
 */
class SpecErrorTest {
    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    /** Loads MINIMAL_YAML with {@code from} replaced by {@code to} and returns the error. */
    private SpecException errorFor(String from, String to) {
        assertTrue(SpecFixture.MINIMAL_YAML.contains(from), from);
        return errorIn("scene.yaml", SpecFixture.MINIMAL_YAML.replace(from, to));
    }

    private SpecException errorIn(String name, String text) {
        Path file = fx.write(name, text);
        return assertThrows(SpecException.class, () -> fx.loader.load(file));
    }

    /** Asserts {@code <file>:<line>:<column>: <field>: } and the reason fragment. */
    private void assertMessage(SpecException e, int line, int column, String field, String reason) {
        String m = e.getMessage();
        String prefix = tmp.resolve("scene.yaml") + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ");
        assertTrue(m.startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + m);
        assertTrue(m.contains(reason), () -> "expected '" + reason + "' in: " + m);
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertEquals(field, e.field());
    }

    @Test void unknownTopLevelKey() {
        SpecException e = errorFor("seed: 1\n", "framez: 1\n");
        assertMessage(e, 1, 1, "", "unknown key 'framez' (known: seed, frames, image, camera, objects, lights, ambient, background, labels, outputs, ");
        assertTrue(e.getMessage().contains(", placement, class_balance, distractors, occluders"), e.getMessage());
        assertTrue(e.getMessage().contains("effects"), e.getMessage());
    }

    @Test void unknownNestedKey() {
        SpecException e = errorFor("    distance: 3\n", "    distance: 3\n    distanse: 4\n");
        assertMessage(e, 10, 5, "camera.orbit", "unknown key 'distanse' (known: target, distance, elevation_deg");
    }

    @Test void unknownKeyInsideListElement() {
        SpecException e = errorFor("    scale: 1\n", "    scael: 1\n");
        assertMessage(e, 13, 5, "objects[0]", "unknown key 'scael' (known: asset, category, count, scale, fit_size");
    }

    @Test void stringWhereAnIntegerIsExpected() {
        assertMessage(errorFor("frames: 10", "frames: \"ten\""), 2, 9, "frames", "must be an integer, got \"ten\"");
        assertMessage(errorFor("frames: 10", "frames: ten"), 2, 9, "frames", "must be an integer, got \"ten\"");
    }

    @Test void numericStringIsNotCoerced() {
        assertMessage(errorFor("width: 64", "width: \"64\""), 4, 10, "image.width", "must be an integer, got \"64\"");
    }

    @Test void fractionWhereAnIntegerIsExpected() {
        assertMessage(errorFor("frames: 10", "frames: 2.5"), 2, 9, "frames", "must be an integer, got 2.5");
    }

    @Test void wrongTypeForBooleanAndMapping() {
        assertMessage(errorFor("    scale: 1\n", "    center: \"yes\"\n"), 13, 13, "objects[0].center",
                "must be true or false, got \"yes\"");
        assertMessage(errorFor("  width: 64\n  height: 48\n", "  - 64\n  - 48\n"), 4, 3, "image",
                "must be a mapping (key: value), got a list");
    }

    @Test void negativeFrameCount() {
        assertMessage(errorFor("frames: 10", "frames: -5"), 2, 9, "frames", "must be an integer 0..10000000, got -5");
    }

    @Test void tooManyFrames() {
        assertMessage(errorFor("frames: 10", "frames: 10000001"), 2, 9, "frames", "must be an integer 0..10000000, got 10000001");
        assertMessage(errorFor("frames: 10", "frames: 99999999999"), 2, 9, "frames", "number out of range, got 99999999999");
    }

    @Test void imageTooWide() {
        assertMessage(errorFor("width: 64", "width: 100000"), 4, 10, "image.width", "must be an integer 1..8192, got 100000");
    }

    @Test void outOfRangeDistribution() {
        assertMessage(errorFor("    scale: 1\n", "    scale: {uniform: [-1, 2]}\n"), 13, 12, "objects[0].scale",
                "must be > 0, got uniform [-1.0, 2.0]");
        assertMessage(errorFor("  fov_deg: 60", "  fov_deg: 180"), 7, 12, "camera.fov_deg", "must be > 0 and < 180, got 180");
    }

    @Test void untruncatedNormalOnBoundedField() {
        SpecException e = errorFor("    scale: 1\n", "    scale: {normal: [1, 0.1]}\n");
        assertMessage(e, 13, 12, "objects[0].scale", "must be > 0, got normal [1.0, 0.1]; a normal distribution is unbounded: add min/max");
    }

    @Test void missingRequiredField() {
        assertMessage(errorFor("frames: 10\n", ""), 1, 1, "frames", "missing required field");
        assertMessage(errorFor("    distance: 3\n", "    elevation_deg: 10\n"), 9, 5, "camera.orbit.distance", "missing required field");
        assertMessage(errorFor("    category: coin\n", ""), 11, 5, "objects[0].category", "missing required field");
    }

    @Test void nullValue() {
        assertMessage(errorFor("frames: 10", "frames:"), 2, 8, "frames", "must not be null (a value is required)");
        assertMessage(errorFor("    scale: 1", "    scale:"), 13, 11, "objects[0].scale", "must not be null");
    }

    @Test void missingAssetFile() {
        SpecException e = errorFor("models/coin.glb", "models/nope.glb");
        assertMessage(e, 11, 12, "objects[0].asset", "file not found: " + tmp.resolve("models/nope.glb").toAbsolutePath());
    }

    @Test void assetThatIsAFolder() {
        assertMessage(errorFor("models/coin.glb", "models"), 11, 12, "objects[0].asset", "not a regular file: ");
    }

    @Test void missingFolder() {
        SpecException e = errorFor("    scale: 1\n", "    material: {texture_folder: nothere}\n");
        assertMessage(e, 13, 32, "objects[0].material.texture_folder", "folder not found: " + tmp.resolve("nothere").toAbsolutePath());
    }

    @Test void folderWithoutImages() {
        SpecException e = errorFor("seed: 1\n", "seed: 1\nbackground:\n  image_folder: empty\n");
        assertMessage(e, 3, 17, "background.image_folder", "folder " + tmp.resolve("empty").toAbsolutePath() + " has no png/jpg/jpeg images");
    }

    @Test void bothFovAndIntrinsics() {
        SpecException e = errorFor("  fov_deg: 60\n", "  fov_deg: 60\n  intrinsics: {fx: 500, fy: 500, cx: 31.5, cy: 23.5}\n");
        assertMessage(e, 7, 3, "camera", "give exactly one of fov_deg or intrinsics, not both");
    }

    @Test void neitherFovNorIntrinsics() {
        assertMessage(errorFor("  fov_deg: 60\n", ""), 7, 3, "camera", "give one of fov_deg");
    }

    @Test void farNotBeyondNear() {
        SpecException e = errorFor("  fov_deg: 60\n", "  fov_deg: 60\n  near: 1\n  far: 0.5\n");
        assertMessage(e, 9, 8, "camera.far", "must be > near (1), got 0.5");
    }

    @Test void badDistributionShapes() {
        assertMessage(errorFor("    scale: 1\n", "    scale: {unifrom: [1, 2]}\n"), 13, 13, "objects[0].scale",
                "unknown key 'unifrom' (known: constant, uniform, normal, choice, int_uniform)");
        assertMessage(errorFor("    scale: 1\n", "    scale: {uniform: 3}\n"), 13, 12, "objects[0].scale", "must be [a, b], got 3");
        assertMessage(errorFor("    scale: 1\n", "    scale: {uniform: [3, 1]}\n"), 13, 12, "objects[0].scale",
                "uniform needs [a, b] with a <= b, got [3.0, 1.0]");
        assertMessage(errorFor("    scale: 1\n", "    scale: {uniform: [1, 2], normal: [1, 2]}\n"), 13, 12, "objects[0].scale",
                "takes exactly one key, got 'uniform' and 'normal'");
        assertMessage(errorFor("    scale: 1\n", "    scale: {choice: []}\n"), 13, 12, "objects[0].scale", "choice needs at least one value");
        assertMessage(errorFor("    scale: 1\n", "    scale: {normal: {mean: 1, sd: 2}}\n"), 13, 31, "objects[0].scale.normal",
                "unknown key 'sd' (known: mean, std, min, max)");
        assertMessage(errorFor("    scale: 1\n", "    scale: \"2\"\n"), 13, 12, "objects[0].scale",
                "must be a number or a distribution");
    }

    @Test void integerFieldGivenAUniform() {
        SpecException e = errorFor("    scale: 1\n", "    count: {uniform: [0, 3]}\n");
        assertMessage(e, 13, 12, "objects[0].count", "must be an integer 0..1000 (an integer constant, {int_uniform: [a, b]} or "
                + "{choice: [...]} of integers), got uniform [0.0, 3.0]");
        assertMessage(errorFor("    scale: 1\n", "    count: {int_uniform: [1, 2.5]}\n"), 13, 30, "objects[0].count.int_uniform[1]",
                "must be an integer, got 2.5");
    }

    @Test void colourOutOfRangeNamesTheChannel() {
        SpecException e = errorFor("    scale: 1\n", "    material: {base_color: [1, 2, 0]}\n");
        assertMessage(e, 13, 32, "objects[0].material.base_color[1]", "must be 0..1, got 2");
    }

    @Test void lightTypeRules() {
        assertMessage(errorFor("seed: 1\n", "seed: 1\nlights:\n  - type: area\n"), 3, 11, "lights[0].type",
                "must be one of directional, point, spot, got \"area\"");
        assertMessage(errorFor("seed: 1\n", "seed: 1\nlights:\n  - type: point\n"), 3, 5, "lights[0].position", "missing required field");
        assertMessage(errorFor("seed: 1\n", "seed: 1\nlights:\n  - {type: point, elevation_deg: 3, position: {min: [0, 0, 0], max: [1, 1, 1]}}\n"),
                3, 34, "lights[0].elevation_deg", "only directional lights have an elevation");
    }

    @Test void tooManyInstancesPerFrame() {
        String many = "  - {asset: models/coin.glb, category: coin, count: 1000}\n".repeat(66);
        SpecException e = errorFor("    scale: 1\n", "    scale: 1\n" + many);
        assertMessage(e, 11, 3, "objects", "the counts allow up to 66001 instances per frame; at most 65535 are possible");
    }

    @Test void tooManyLightsPerFrame() {
        String lights = "seed: 1\nlights:\n" + "  - {type: directional, count: {int_uniform: [0, 9]}}\n".repeat(2);
        assertMessage(errorFor("seed: 1\n", lights), 3, 3, "lights", "the counts allow up to 18 lights per frame; at most 16 are possible");
    }

    @Test void duplicateKey() {
        assertMessage(errorFor("frames: 10\n", "frames: 10\nframes: 11\n"), 3, 1, "", "duplicate key 'frames'");
    }

    @Test void malformedYaml() {
        SpecException e = errorFor("frames: 10\n", "frames: [10\n");
        assertMessage(e, 3, 6, "", "malformed YAML: while parsing a flow sequence; expected ',' or ']'");
    }

    @Test void malformedJson() {
        SpecException e = errorIn("scene.json", "{\"frames\": 1,\n \"seed\": }");
        assertEquals(tmp.resolve("scene.json") + ":2:10: malformed JSON: Unexpected character ('}' (code 125)): expected a value",
                e.getMessage());
    }

    @Test void jsonErrorsAreLocatedToo() {
        SpecException e = errorIn("scene.json", "{\"frames\": 1,\n \"image\": {\"width\": 5, \"height\": 0}}");
        assertEquals(tmp.resolve("scene.json") + ":2:34: image.height: must be an integer 1..8192, got 0", e.getMessage());
    }

    @Test void notAMappingOrEmpty() {
        assertMessage(errorIn("scene.yaml", "- 1\n"), 1, 1, "", "the spec must be a mapping");
        assertEquals(tmp.resolve("scene.yaml") + ": the spec file is empty", errorIn("scene.yaml", "").getMessage());
        assertMessage(errorIn("scene.yaml", SpecFixture.MINIMAL_YAML + "---\nseed: 2\n"), 15, 1, "", "only one document is allowed");
    }

    @Test void unsupportedExtensionAndMissingSpec() {
        assertEquals(tmp.resolve("scene.txt") + ": unsupported spec file type; use .yaml, .yml or .json",
                errorIn("scene.txt", SpecFixture.MINIMAL_YAML).getMessage());
        Path missing = tmp.resolve("missing.yaml");
        SpecException e = assertThrows(SpecException.class, () -> fx.loader.load(missing));
        assertEquals(missing + ": spec file not found: " + missing.toAbsolutePath(), e.getMessage());
    }

    /** Latin-1 bytes in a comment: one error at the first byte that is not UTF-8, not the parser's CharConversionException. */
    @Test void nonUtf8SpecNamesTheByte() throws java.io.IOException {
        String text = SpecFixture.MINIMAL_YAML.replace("frames: 10\n", "frames: 10\n# caf\u00e9 au lait\n");
        Path file = tmp.resolve("scene.yaml");
        java.nio.file.Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SpecException e = assertThrows(SpecException.class, () -> fx.loader.load(file));
        assertEquals(file + ":3:6: not UTF-8 text: byte 0xE9 at byte offset 24 does not decode; save the file as UTF-8",
                e.getMessage());
    }

    @Test void folderGivenAsTheSpecSaysSo() throws java.io.IOException {
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("scene.yaml"));
        assertEquals(folder + ": is a folder, not a spec file",
                assertThrows(SpecException.class, () -> fx.loader.load(folder)).getMessage());
        Path plain = tmp.resolve("models");
        assertEquals(plain + ": is a folder, not a spec file",
                assertThrows(SpecException.class, () -> fx.loader.load(plain)).getMessage());
    }

    @Test void nonFiniteNumbers() {
        assertMessage(errorFor("    scale: 1\n", "    scale: .inf\n"), 13, 12, "objects[0].scale", "must be a finite number, got .inf");
    }

    /** Jackson would pass an alias on as its anchor's name; anchors are rejected, so an alias bomb cannot do harm. */
    @Test @Timeout(10) void yamlAnchorsAndAliasesAreRejected() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
                .append(", *a").append(i - 1).append("]\n");
        assertMessage(errorIn("scene.yaml", bomb.toString()), 1, 5, "a0", "YAML anchors (&a0) are not supported");
        assertMessage(errorFor("    scale: 1\n", "    scale: *s\n"), 13, 12, "objects[0].scale", "YAML aliases (*s) are not supported");
    }
}
