package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid specs: defaults, YAML/JSON equivalence, round trips, overrides. */
class SpecLoaderTest {
    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    @Test void fullYamlAndJsonLoadEqual() {
        SceneSpec yaml = fx.load("scene.yaml", SpecFixture.FULL_YAML);
        SceneSpec json = fx.load("scene.json", SpecFixture.FULL_JSON);
        assertEquals(yaml, json);
        assertEquals(yaml.hashCode(), json.hashCode());
        assertEquals(tmp.resolve("scene.yaml").toAbsolutePath().normalize(), yaml.sourceFile());
        assertEquals(tmp.toAbsolutePath().normalize(), yaml.baseDir());
    }

    @Test void fullSpecValuesAreBound() {
        SceneSpec s = fx.load("scene.yml", SpecFixture.FULL_YAML);
        assertEquals(7, s.seed());
        assertEquals(20, s.frames());
        assertEquals(new ImageSpec(640, 480), s.image());
        assertEquals(new Distribution.Uniform(2, 4), s.camera().orbit().distance());
        assertEquals(new Distribution.Normal(30, 10, 5, 80), s.camera().orbit().elevationDeg());
        assertEquals(new Distribution.Normal(0, 0.05), s.camera().orbit().lookAtJitter());
        ObjectSpec coin = s.objects().get(0);
        assertEquals(tmp.resolve("models/coin.glb").toAbsolutePath().normalize(), coin.asset().path());
        assertEquals("models/coin.glb", coin.asset().given());
        assertEquals(new Distribution.IntUniform(1, 5), coin.count());
        assertEquals(0.5, coin.fitSize());
        assertInstanceOf(SurfaceSpec.BaseColor.class, coin.material().surface());
        ObjectSpec box = s.objects().get(1);
        assertEquals(new RotationSpec.Fixed(new Vec3(0, 90, 0)), box.rotation());
        assertEquals(false, box.center());
        ImageFolder textures = ((SurfaceSpec.TextureFolder) box.material().surface()).folder();
        // sorted by file name, case-insensitive extension match, non-images skipped
        assertEquals(List.of("brick.JPG", "wood.png"), textures.images().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("coin", "box"), s.categories());
        assertEquals(2, s.categoryId("box"));
        assertEquals(LightSpec.Type.POINT, s.lights().get(1).type());
        assertInstanceOf(BackgroundSpec.Images.class, s.background());
    }

    @Test void defaultsAreFilledIn() {
        SceneSpec s = fx.load("min.yaml", SpecFixture.MINIMAL_YAML.replace("seed: 1\n", ""));
        assertEquals(0, s.seed());
        assertEquals(0.05, s.camera().near());
        assertEquals(100.0, s.camera().far());
        OrbitSpec orbit = s.camera().orbit();
        assertEquals(Vec3.ZERO, orbit.target());
        assertEquals(Distribution.constant(30), orbit.elevationDeg());
        assertEquals(new Distribution.Uniform(0, 360), orbit.azimuthDeg());
        assertEquals(Distribution.constant(0), orbit.lookAtJitter());
        ObjectSpec o = s.objects().get(0);
        assertEquals(Distribution.constant(1), o.count());
        assertNull(o.fitSize());
        assertEquals(true, o.center());
        assertEquals(new RotationSpec.Uniform(), o.rotation());
        assertEquals(BoxSpec.ORIGIN, o.position());
        assertEquals(MaterialSpec.ASSET, o.material());
        assertEquals(List.of(LightSpec.defaultLight()), s.lights());
        assertEquals(Distribution.constant(0.15), s.ambient());
        assertEquals(BackgroundSpec.defaultBackground(), s.background());
    }

    @Test void specToJsonToSpecRoundTrips() {
        for (String yaml : List.of(SpecFixture.FULL_YAML, SpecFixture.MINIMAL_YAML)) {
            SceneSpec original = fx.load("scene.yaml", yaml);
            String json = SpecWriter.toJson(original);
            SceneSpec again = fx.load("again.json", json);
            assertEquals(original, again, json);
            assertEquals(json, SpecWriter.toJson(again));
        }
    }

    @Test void writtenJsonKeepsPathsAsGiven() {
        String json = SpecWriter.toJson(fx.load("scene.yaml", SpecFixture.FULL_YAML));
        assertTrue(json.contains("\"asset\" : \"models/coin.glb\""), json);
        assertTrue(json.contains("\"texture_folder\" : \"textures\""), json);
        assertTrue(json.contains("\"image_folder\" : \"backgrounds\""), json);
        assertTrue(!json.contains(tmp.toString()), json);
        assertTrue(!json.contains("source_file"), json);
        assertEquals("uniform", SpecWriter.toTree(fx.load("min.yaml", SpecFixture.MINIMAL_YAML))
                .path("objects").path(0).path("rotation").asText());
    }

    @Test void overridesKeepTheRestAndAreChecked() {
        SceneSpec s = fx.load("scene.yaml", SpecFixture.MINIMAL_YAML);
        SceneSpec more = s.withFrames(500).withSeed(-3);
        assertEquals(500, more.frames());
        assertEquals(-3, more.seed());
        assertEquals(s.objects(), more.objects());
        assertEquals(s.sourceFile(), more.sourceFile());
        SpecException e = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class, () -> s.withFrames(-1));
        assertEquals("frames: must be an integer 0..10000000, got -1", e.getMessage());
    }

    @Test void absoluteAssetPathsAreAllowed() {
        String abs = tmp.resolve("models/box.obj").toAbsolutePath().toString();
        SceneSpec s = fx.load("scene.yaml", SpecFixture.MINIMAL_YAML.replace("models/coin.glb", abs));
        assertEquals(Path.of(abs), s.objects().get(0).asset().path());
    }
}
