package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mirage.scenes.model.Material;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appearance knobs (materials, lights, background, lens, roll, effects) load, default and write back. */
class AppearanceSpecTest {
    /** Every appearance knob, in every shape. */
    static final String APPEARANCE_YAML = """
            seed: 3
            frames: 5
            image: {width: 320, height: 240}
            camera:
              fov_deg: {uniform: [40, 70]}
              orbit: {distance: 3, roll_deg: {normal: {mean: 0, std: 10, min: -30, max: 30}}}
            objects:
              - asset: models/coin.glb
                category: coin
                material: {base_color: {hsv: [{uniform: [0, 360]}, 0.8, {uniform: [0.3, 1]}]}}
              - asset: models/coin.glb
                category: coin
                material:
                  surface: {texture_folder: textures}
                  uv: {scale: {uniform: [0.5, 3]}, offset: {uniform: [0, 1]}, rotation_deg: {uniform: [0, 360]}}
                  roughness: {uniform: [0.2, 0.9]}
                  metallic: {choice: [0, 1]}
              - asset: models/box.obj
                category: box
                material: {procedural: {pattern: [checker, stripes, noise], color_a: [1, 0, 0], cells: {uniform: [2, 12]}}}
              - asset: models/box.obj
                category: box
                material: {roughness: 0.1}
            lights:
              - {type: directional, temperature_k: {uniform: [3000, 7000]}, shadows: true}
              - type: spot
                intensity: 20
                position: {min: [-1, 3, -1], max: [1, 4, 1]}
                target: {min: [0, 0, 0], max: [0, 0.5, 0]}
                cone_deg: {uniform: [10, 40]}
                softness_deg: 4
                shadows: true
                size: {uniform: [0.05, 0.2]}
              - {type: point, color: {hsv: [30, 0.2, 1]}, position: {min: [0, 2, 0], max: [0, 2, 0]}}
            background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.3}
            effects:
              blur_sigma: {uniform: [0, 2]}
              brightness: {normal: {mean: 0, std: 0.1, min: -0.3, max: 0.3}}
              contrast: {uniform: [0.8, 1.2]}
              saturation: {uniform: [0.5, 1.5]}
              hue_deg: {uniform: [-10, 10]}
              noise_std: {uniform: [0, 0.05]}
              jpeg_quality: {int_uniform: [70, 95]}
            """;

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    private SceneSpec minimalWith(String from, String to) {
        assertTrue(SpecFixture.MINIMAL_YAML.contains(from), from);
        return fx.load("scene.yaml", SpecFixture.MINIMAL_YAML.replace(from, to));
    }

    @Test void everyKnobIsBound() {
        SceneSpec s = fx.load("scene.yaml", APPEARANCE_YAML);
        assertEquals(new Distribution.Uniform(40, 70), s.camera().fovDeg());
        assertEquals(new Distribution.Normal(0, 10, -30, 30), s.camera().orbit().rollDeg());

        MaterialSpec hsv = s.objects().get(0).material();
        ColorSpec.Hsv c = (ColorSpec.Hsv) ((SurfaceSpec.BaseColor) hsv.surface()).color();
        assertEquals(new ColorSpec.Hsv(new Distribution.Uniform(0, 360), Distribution.constant(0.8), new Distribution.Uniform(0.3, 1)), c);
        assertEquals(UvSpec.IDENTITY, hsv.uv());

        MaterialSpec full = s.objects().get(1).material();
        assertEquals(List.of("brick.JPG", "wood.png"), full.images().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(new UvSpec(new Distribution.Uniform(0.5, 3), new Distribution.Uniform(0, 1), new Distribution.Uniform(0, 360)), full.uv());
        assertEquals(new Distribution.Uniform(0.2, 0.9), full.roughness());
        assertEquals(new Distribution.Choice(List.of(0.0, 1.0)), full.metallic());

        ProceduralSpec p = ((SurfaceSpec.Procedural) s.objects().get(2).material().surface()).procedural();
        assertEquals(List.of(Material.Pattern.CHECKER, Material.Pattern.STRIPES, Material.Pattern.NOISE), p.pattern().choices());
        assertEquals(new ColorSpec.Rgb(Distribution.constant(1), Distribution.constant(0), Distribution.constant(0)), p.colorA());
        assertEquals(ColorSpec.grey(1), p.colorB());
        assertEquals(new Distribution.Uniform(2, 12), p.cells());

        MaterialSpec onlyRoughness = s.objects().get(3).material();
        assertInstanceOf(SurfaceSpec.AssetOwn.class, onlyRoughness.surface());
        assertEquals(Distribution.constant(0.1), onlyRoughness.roughness());

        LightSpec sun = s.lights().get(0);
        assertNull(sun.color());
        assertEquals(new Distribution.Uniform(3000, 7000), sun.temperatureK());
        assertTrue(sun.shadows());
        LightSpec spot = s.lights().get(1);
        assertEquals(LightSpec.Type.SPOT, spot.type());
        assertEquals(new BoxSpec(new Vec3(0, 0, 0), new Vec3(0, 0.5, 0)), spot.target());
        assertEquals(new Distribution.Uniform(10, 40), spot.coneDeg());
        assertEquals(Distribution.constant(4), spot.softnessDeg());
        assertEquals(new Distribution.Uniform(0.05, 0.2), spot.size());
        assertNull(sun.size(), "not given: left out when written back");
        assertEquals(Distribution.constant(0), sun.sizeOrDefault(), "hard shadows unless a size is given");
        assertInstanceOf(ColorSpec.Hsv.class, s.lights().get(2).color());
        assertEquals(false, s.lights().get(2).shadows());

        BackgroundSpec.Images bg = (BackgroundSpec.Images) s.background();
        assertEquals(new Distribution.Uniform(1, 2), bg.zoom());
        assertEquals(0.3, bg.flip());
        assertEquals(new Distribution.IntUniform(70, 95), s.effects().jpegQuality());
        assertEquals(new Distribution.Uniform(-10, 10), s.effects().hueDeg());
    }

    @Test void defaults() {
        SceneSpec s = fx.load("scene.yaml", SpecFixture.MINIMAL_YAML);
        assertEquals(EffectsSpec.NONE, s.effects());
        assertTrue(s.effects().isNone());
        assertNull(s.effects().jpegQuality());
        assertEquals(Distribution.constant(0), s.camera().orbit().rollDeg());
        assertEquals(Distribution.constant(60), s.camera().fovDeg());
        MaterialSpec m = s.objects().get(0).material();
        assertEquals(MaterialSpec.ASSET, m);
        assertEquals(Distribution.constant(0.5), m.roughness());
        assertEquals(Distribution.constant(0), m.metallic());
        assertEquals(new UvSpec(Distribution.constant(1), Distribution.constant(0), Distribution.constant(0)), m.uv());

        LightSpec spot = minimalWith("seed: 1\n", "seed: 1\nlights: [{type: spot, position: {min: [0, 3, 0], max: [0, 3, 0]}}]\n").lights().get(0);
        assertEquals(BoxSpec.ORIGIN, spot.target());
        assertEquals(Distribution.constant(30), spot.coneDeg());
        assertEquals(Distribution.constant(5), spot.softnessDeg());
        assertEquals(false, spot.shadows());
        assertEquals(ColorSpec.grey(1), spot.color());
        // the default softness never exceeds the cone
        LightSpec narrow = minimalWith("seed: 1\n", "seed: 1\nlights: [{type: spot, cone_deg: {uniform: [3, 8]}, "
                + "position: {min: [0, 3, 0], max: [0, 3, 0]}}]\n").lights().get(0);
        assertEquals(Distribution.constant(3), narrow.softnessDeg());

        BackgroundSpec.Images images = (BackgroundSpec.Images) minimalWith("seed: 1\n", "seed: 1\nbackground: {image_folder: backgrounds}\n").background();
        assertEquals(Distribution.constant(1), images.zoom());
        assertEquals(0.0, images.flip());
        BackgroundSpec.Texture tiled = (BackgroundSpec.Texture) minimalWith("seed: 1\n", "seed: 1\nbackground: {texture_folder: textures}\n").background();
        assertEquals(Distribution.constant(4), tiled.tiles());
        assertEquals(Distribution.constant(0), tiled.rotationDeg());
        assertEquals(2, tiled.images().size());
        BackgroundSpec.Texture pattern = (BackgroundSpec.Texture) minimalWith("seed: 1\n",
                "seed: 1\nbackground: {procedural: {pattern: noise}, tiles: {uniform: [2, 8]}, rotation_deg: 15}\n").background();
        assertEquals(new SurfaceSpec.Procedural(ProceduralSpec.of(Material.Pattern.NOISE)), pattern.surface());
        assertEquals(ColorSpec.grey(0), ProceduralSpec.of(Material.Pattern.NOISE).colorA());
        assertEquals(Distribution.constant(8), ProceduralSpec.of(Material.Pattern.NOISE).cells());
        assertEquals(List.of(), pattern.images());
    }

    @Test void shortAndFullFormsOfTheSameMaterialAreEqual() {
        SceneSpec shortForm = minimalWith("    scale: 1\n", "    material: {base_color: [0.1, 0.2, 0.3]}\n");
        SceneSpec fullForm = minimalWith("    scale: 1\n", "    material: {surface: {base_color: [0.1, 0.2, 0.3]}, roughness: 0.5}\n");
        assertEquals(shortForm.objects().get(0).material(), fullForm.objects().get(0).material());
        SceneSpec asset = minimalWith("    scale: 1\n", "    material: asset\n");
        assertEquals(MaterialSpec.ASSET, asset.objects().get(0).material());
        assertEquals(MaterialSpec.ASSET, minimalWith("    scale: 1\n", "    material: {surface: asset}\n").objects().get(0).material());
    }

    @Test void randomColorIsTheDocumentedDistractorDefault() {
        MaterialSpec m = MaterialSpec.randomColor();
        assertEquals(new SurfaceSpec.BaseColor(new ColorSpec.Hsv(new Distribution.Uniform(0, 360), new Distribution.Uniform(0.3, 1),
                new Distribution.Uniform(0.3, 1))), m.surface());
        assertEquals(UvSpec.IDENTITY, m.uv());
        assertEquals(Distribution.constant(0.5), m.roughness());
    }

    @Test void writtenSpecLoadsEqualAndWritesTheSame() {
        for (String yaml : List.of(APPEARANCE_YAML,
                APPEARANCE_YAML.replace("background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.3}",
                        "background: {procedural: {pattern: checker, color_b: {hsv: [200, 0.5, 0.9]}}, tiles: {uniform: [2, 8]}, rotation_deg: 30}")
                        .replace("  fov_deg: {uniform: [40, 70]}", "  intrinsics: {fx: {uniform: [300, 320]}, fy: 310, cx: 159.5, cy: {normal: [119.5, 2]}}"),
                APPEARANCE_YAML.replace("background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.3}",
                        "background: {texture_folder: textures}"),
                APPEARANCE_YAML.replace("background: {image_folder: backgrounds, zoom: {uniform: [1, 2]}, flip: 0.3}",
                        "background: {color: {hsv: [{uniform: [0, 360]}, 0.1, 0.9]}}"))) {
            SceneSpec original = fx.load("scene.yaml", yaml);
            String json = SpecWriter.toJson(original);
            SceneSpec again = fx.load("again.json", json);
            assertEquals(original, again, json);
            assertEquals(json, SpecWriter.toJson(again));
        }
    }

    @Test void writtenShapes() {
        var tree = SpecWriter.toTree(fx.load("scene.yaml", APPEARANCE_YAML));
        assertEquals(360, tree.path("objects").path(0).path("material").path("base_color").path("hsv").path(0).path("uniform").path(1).asInt());
        assertEquals("textures", tree.path("objects").path(1).path("material").path("surface").path("texture_folder").asText());
        assertEquals(0.2, tree.path("objects").path(1).path("material").path("roughness").path("uniform").path(0).asDouble());
        assertEquals("stripes", tree.path("objects").path(2).path("material").path("procedural").path("pattern").path(1).asText());
        assertEquals(0.1, tree.path("objects").path(3).path("material").path("roughness").asDouble());
        assertEquals("asset", tree.path("objects").path(3).path("material").path("surface").asText());
        assertEquals(0.3, tree.path("background").path("flip").asDouble());
        assertEquals(70, tree.path("effects").path("jpeg_quality").path("int_uniform").path(0).asInt());
        assertTrue(tree.path("lights").path(0).path("color").isMissingNode());
        assertTrue(!SpecWriter.toJson(fx.load("scene.yaml", SpecFixture.MINIMAL_YAML)).contains("jpeg_quality"));
    }
}
