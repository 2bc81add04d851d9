package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors in the appearance knobs: each names file:line:column, the field path and what is wrong. Edits are made to
 * {@link SpecFixture#MINIMAL_YAML} (line 7 fov_deg, 9 distance, 13 the object's "    scale: 1"); a light or
 * background put after line 1 starts on line 2 or 3. Columns point at the offending value, or at the key for an
 * unknown key.
 */
class AppearanceSpecErrorTest {
    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    private SpecException errorFor(String from, String to) {
        assertTrue(SpecFixture.MINIMAL_YAML.contains(from), from);
        Path file = fx.write("scene.yaml", SpecFixture.MINIMAL_YAML.replace(from, to));
        return assertThrows(SpecException.class, () -> fx.loader.load(file));
    }

    private SpecException material(String value) {
        return errorFor("    scale: 1\n", "    material: " + value + "\n");
    }

    private SpecException light(String entry) {
        return errorFor("seed: 1\n", "seed: 1\nlights:\n  - " + entry + "\n");
    }

    private SpecException background(String value) {
        return errorFor("seed: 1\n", "seed: 1\nbackground: " + value + "\n");
    }

    private SpecException effects(String value) {
        return errorFor("seed: 1\n", "seed: 1\neffects: " + value + "\n");
    }

    private void assertMessage(SpecException e, int line, int column, String field, String reason) {
        String m = e.getMessage();
        String prefix = tmp.resolve("scene.yaml") + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ");
        assertTrue(m.startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + m);
        assertTrue(m.contains(reason), () -> "expected '" + reason + "' in: " + m);
        assertEquals(field, e.field());
    }

    @Test void materialForms() {
        assertMessage(material("3"), 13, 15, "objects[0].material", "must be \"asset\", {base_color: <color>}, {texture_folder: <folder>}, "
                + "{procedural: {...}} or {surface: ..., uv: ..., roughness: ..., metallic: ...}, got 3");
        assertMessage(material("{surface: asset, shine: 1}"), 13, 32, "objects[0].material",
                "unknown key 'shine' (known: surface, uv, roughness, metallic, base_color, texture_folder, procedural)");
        assertMessage(material("{base_color: [1, 1, 1], roughness: 0.2}"), 13, 50, "objects[0].material.roughness",
                "the short form {base_color: ...} takes no other key; write {surface: {base_color: ...}, uv: ..., roughness: ..., metallic: ...}");
        assertMessage(material("{roughness: 0.2, base_color: [1, 1, 1]}"), 13, 44, "objects[0].material.base_color",
                "a surface key goes under surface in the full form: {surface: {base_color: ...}, ...}");
        assertMessage(material("{surface: {texture_folder: nothere}}"), 13, 42, "objects[0].material.surface.texture_folder",
                "folder not found: " + tmp.resolve("nothere").toAbsolutePath());
    }

    @Test void materialValues() {
        assertMessage(material("{roughness: 1.5}"), 13, 27, "objects[0].material.roughness", "must be 0..1, got 1.5");
        assertMessage(material("\n      metallic: {normal: [0.5, 0.1]}"), 14, 17, "objects[0].material.metallic",
                "must be 0..1, got normal [0.5, 0.1]; a normal distribution is unbounded");
        assertMessage(material("\n      uv: {scale: {uniform: [0, 2]}}"), 14, 19, "objects[0].material.uv.scale", "must be > 0, got uniform [0.0, 2.0]");
        assertMessage(material("\n      uv: {scael: 2}"), 14, 12, "objects[0].material.uv", "unknown key 'scael' (known: scale, offset, rotation_deg)");
        assertMessage(material("\n      uv: {offset: [0, 1]}"), 14, 20, "objects[0].material.uv.offset", "must be a number or a distribution");
    }

    @Test void proceduralSurfaces() {
        assertMessage(material("\n      surface: {procedural: {cells: 4}}"), 14, 29, "objects[0].material.surface.procedural.pattern",
                "missing required field");
        assertMessage(material("{procedural: {pattern: dots}}"), 13, 38, "objects[0].material.procedural.pattern",
                "must be one of checker, stripes, noise, got \"dots\"");
        assertMessage(material("{procedural: {pattern: [checker, dots]}}"), 13, 48, "objects[0].material.procedural.pattern[1]",
                "must be one of checker, stripes, noise, got \"dots\"");
        assertMessage(material("{procedural: {pattern: []}}"), 13, 38, "objects[0].material.procedural.pattern",
                "needs at least one pattern (checker, stripes, noise)");
        assertMessage(material("{procedural: {pattern: checker, cells: 0}}"), 13, 54, "objects[0].material.procedural.cells", "must be > 0, got 0");
        assertMessage(material("{procedural: {pattern: checker, color_a: [1, 2, 0]}}"), 13, 60, "objects[0].material.procedural.color_a[1]",
                "must be 0..1, got 2");
        assertMessage(material("{procedural: {pattern: checker, color_b: {hsv: [0, 1, 1.2]}}}"), 13, 69,
                "objects[0].material.procedural.color_b.hsv[2]", "must be 0..1, got 1.2");
    }

    @Test void hsvColours() {
        assertMessage(material("{base_color: {hsv: [10, 1.5, 1]}}"), 13, 39, "objects[0].material.base_color.hsv[1]", "must be 0..1, got 1.5");
        assertMessage(material("{base_color: {hsv: [10, 1]}}"), 13, 34, "objects[0].material.base_color.hsv",
                "must be a list of 3 values [h, s, v], got 2");
        assertMessage(material("{base_color: {hsl: [10, 1, 1]}}"), 13, 29, "objects[0].material.base_color", "unknown key 'hsl' (known: hsv)");
        assertMessage(material("{base_color: \"red\"}"), 13, 28, "objects[0].material.base_color",
                "must be [r, g, b] or {hsv: [h, s, v]}, got \"red\"");
        assertMessage(background("{color: {hsv: [0, 0, 2]}}"), 2, 34, "background.color.hsv[2]", "must be 0..1, got 2");
    }

    @Test void lightColourAndShadows() {
        assertMessage(light("{type: directional, color: [1, 1, 1], temperature_k: 5000}"), 3, 58, "lights[0].temperature_k",
                "give either color or temperature_k, not both");
        assertMessage(light("{type: directional, temperature_k: 500}"), 3, 40, "lights[0].temperature_k", "must be 1000..40000, got 500");
        assertMessage(light("{type: directional, shadows: \"yes\"}"), 3, 34, "lights[0].shadows", "must be true or false, got \"yes\"");
        assertMessage(light("{type: point, color: {hsv: [0, 2, 1]}, position: {min: [0, 0, 0], max: [0, 0, 0]}}"), 3, 36,
                "lights[0].color.hsv[1]", "must be 0..1, got 2");
    }

    @Test void spotLights() {
        String at = "position: {min: [0, 3, 0], max: [0, 3, 0]}";
        assertMessage(light("{type: spot, cone_deg: 90, " + at + "}"), 3, 28, "lights[0].cone_deg", "must be > 0 and < 90, got 90");
        assertMessage(light("{type: spot, cone_deg: 20, softness_deg: 25, " + at + "}"), 3, 46, "lights[0].softness_deg",
                "must be 0..20 (cone_deg), got 25");
        assertMessage(light("{type: spot, cone_deg: {uniform: [10, 40]}, softness_deg: 12, " + at + "}"), 3, 63, "lights[0].softness_deg",
                "must be 0..10 (the smallest cone_deg), got 12");
        assertMessage(light("{type: spot, softness_deg: -1, " + at + "}"), 3, 32, "lights[0].softness_deg", "must be >= 0, got -1");
        assertMessage(light("{type: spot}"), 3, 5, "lights[0].position", "missing required field");
        assertMessage(light("{type: spot, " + at + ", target: {min: [0, 3, 0], max: [0, 3, 0]}}"), 3, 70, "lights[0].target",
                "the spot's position and target are the same point [0, 3, 0], so it points nowhere");
        assertMessage(light("{type: spot, elevation_deg: 10, " + at + "}"), 3, 33, "lights[0].elevation_deg",
                "only directional lights have an elevation; a spot light has a position");
        assertMessage(light("{type: point, target: {min: [0, 0, 0], max: [0, 0, 0]}, " + at + "}"), 3, 27, "lights[0].target",
                "only spot lights have a target");
        assertMessage(light("{type: directional, cone_deg: 20}"), 3, 35, "lights[0].cone_deg", "only spot lights have a cone");
        assertMessage(light("{type: directional, softness_deg: 2}"), 3, 39, "lights[0].softness_deg", "only spot lights have a cone edge softness");
    }

    @Test void lightSizes() {
        String at = "position: {min: [0, 3, 0], max: [0, 3, 0]}";
        assertMessage(light("{type: point, shadows: true, size: -0.1, " + at + "}"), 3, 40, "lights[0].size", "must be 0..10, got -0.1");
        assertMessage(light("{type: spot, shadows: true, size: {uniform: [0, 12]}, " + at + "}"), 3, 39, "lights[0].size",
                "must be 0..10, got uniform [0.0, 12.0]");
        assertMessage(light("{type: directional, shadows: true, size: 31}"), 3, 46, "lights[0].size", "must be 0..30, got 31");
        assertMessage(light("{type: directional, size: 0.53}"), 3, 31, "lights[0].size",
                "a light's size only widens its shadows' penumbrae; give shadows: true or leave size out (0)");
    }

    @Test void backgroundForms() {
        assertMessage(background("{}"), 2, 13, "background", "needs one of color, image_folder, texture_folder, procedural");
        assertMessage(background("{colour: [1, 1, 1]}"), 2, 14, "background",
                "unknown key 'colour' (known: color, image_folder, zoom, flip, texture_folder, procedural, tiles, rotation_deg)");
        assertMessage(background("{color: [1, 1, 1], image_folder: backgrounds}"), 2, 46, "background.image_folder",
                "give only one of color, image_folder, texture_folder, procedural; got color and image_folder");
        assertMessage(background("{color: [1, 1, 1], zoom: 2}"), 2, 38, "background.zoom", "zoom goes with image_folder, not with color");
        assertMessage(background("{image_folder: backgrounds, tiles: 2}"), 2, 48, "background.tiles",
                "tiles goes with texture_folder or procedural, not with image_folder");
        assertMessage(background("{procedural: {pattern: checker}, flip: 0.5}"), 2, 52, "background.flip",
                "flip goes with image_folder, not with procedural");
        assertMessage(background("{image_folder: }"), 2, 27, "background.image_folder", "must not be null (a value is required)");
        assertMessage(background("{texture_folder: empty}"), 2, 30, "background.texture_folder",
                "folder " + tmp.resolve("empty").toAbsolutePath() + " has no png/jpg/jpeg images");
    }

    @Test void backgroundValues() {
        assertMessage(background("{image_folder: backgrounds, zoom: 0.5}"), 2, 47, "background.zoom", "must be >= 1, got 0.5");
        assertMessage(background("{image_folder: backgrounds, flip: 1.5}"), 2, 47, "background.flip", "must be 0..1, got 1.5");
        assertMessage(background("{image_folder: backgrounds, flip: {uniform: [0, 1]}}"), 2, 47, "background.flip",
                "must be a number, got a mapping");
        assertMessage(background("{texture_folder: textures, tiles: 0}"), 2, 47, "background.tiles", "must be > 0, got 0");
        assertMessage(background("{texture_folder: textures, rotation_deg: [1, 2]}"), 2, 54, "background.rotation_deg",
                "must be a number or a distribution");
        assertMessage(background("{procedural: {pattern: noise, cells: -1}}"), 2, 50, "background.procedural.cells", "must be > 0, got -1");
    }

    @Test void lens() {
        assertMessage(errorFor("  fov_deg: 60", "  fov_deg: {uniform: [0, 90]}"), 7, 12, "camera.fov_deg",
                "must be > 0 and < 180, got uniform [0.0, 90.0]");
        assertMessage(errorFor("  fov_deg: 60", "  fov_deg: {normal: [60, 5]}"), 7, 12, "camera.fov_deg",
                "must be > 0 and < 180, got normal [60.0, 5.0]; a normal distribution is unbounded");
        assertMessage(errorFor("  fov_deg: 60", "  intrinsics: {fx: {uniform: [-1, 1]}, fy: 5, cx: 1, cy: 1}"), 7, 20,
                "camera.intrinsics.fx", "must be > 0, got uniform [-1.0, 1.0]");
        assertMessage(errorFor("  fov_deg: 60", "  intrinsics: {fx: 5, fy: {choice: [0, 5]}, cx: 1, cy: 1}"), 7, 27,
                "camera.intrinsics.fy", "must be > 0, got choice [0.0, 5.0]");
        assertMessage(errorFor("  fov_deg: 60", "  intrinsics: {fx: 5, fy: 5, cx: 1}"), 7, 15, "camera.intrinsics.cy", "missing required field");
        assertMessage(errorFor("  fov_deg: 60", "  intrinsics: {fx: 5, fy: 5, cx: \"mid\", cy: 1}"), 7, 34, "camera.intrinsics.cx",
                "must be a number or a distribution");
    }

    @Test void roll() {
        assertMessage(errorFor("    distance: 3\n", "    distance: 3\n    roll_deg: \"x\"\n"), 10, 15, "camera.orbit.roll_deg",
                "must be a number or a distribution");
        assertMessage(errorFor("    distance: 3\n", "    distance: 3\n    roll_deg: {uniform: [5, -5]}\n"), 10, 15, "camera.orbit.roll_deg",
                "uniform needs [a, b] with a <= b");
    }

    @Test void sensorEffects() {
        assertMessage(effects("{blur_sigma: -1}"), 2, 23, "effects.blur_sigma", "must be 0..100, got -1");
        assertMessage(effects("{blur_sigma: 101}"), 2, 23, "effects.blur_sigma", "must be 0..100, got 101");
        assertMessage(effects("{brightness: 2}"), 2, 23, "effects.brightness", "must be -1..1, got 2");
        assertMessage(effects("{contrast: {uniform: [-0.5, 1]}}"), 2, 21, "effects.contrast", "must be 0..100, got uniform [-0.5, 1.0]");
        assertMessage(effects("{saturation: -1}"), 2, 23, "effects.saturation", "must be 0..100, got -1");
        assertMessage(effects("{hue_deg: 4000}"), 2, 20, "effects.hue_deg", "must be -3600..3600, got 4000");
        assertMessage(effects("{noise_std: 11}"), 2, 22, "effects.noise_std", "must be 0..10, got 11");
        assertMessage(effects("{hue_deg: \"red\"}"), 2, 20, "effects.hue_deg", "must be a number or a distribution");
        assertMessage(effects("{noise_std: {normal: [0, 0.01]}}"), 2, 22, "effects.noise_std",
                "must be 0..10, got normal [0.0, 0.01]; a normal distribution is unbounded");
        assertMessage(effects("{jpeg_quality: 0}"), 2, 25, "effects.jpeg_quality", "must be an integer 1..100, got 0");
        assertMessage(effects("{jpeg_quality: 101}"), 2, 25, "effects.jpeg_quality", "must be an integer 1..100, got 101");
        assertMessage(effects("{jpeg_quality: {uniform: [50, 90]}}"), 2, 25, "effects.jpeg_quality",
                "must be an integer 1..100 (an integer constant, {int_uniform: [a, b]} or {choice: [...]} of integers), got uniform [50.0, 90.0]");
        assertMessage(effects("{grain: 1}"), 2, 11, "effects",
                "unknown key 'grain' (known: blur_sigma, brightness, contrast, saturation, hue_deg, noise_std, jpeg_quality)");
    }
}
