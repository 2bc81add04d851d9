package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every number that sets geometry, the lens or light is held to its {@link Bound}: a value beyond it (tiny or huge,
 * down to 1e-320 and up to 1e308) is one error at that field saying the range, and a value inside it loads. An
 * untruncated normal counts by what it can draw (mean +- 8.6 std). Specs are {@link SpecFixture#MINIMAL_YAML}
 * with one field set; jqwik prints the seed (replay with {@code @Property(seed = "...")}).
 */
class SpecBoundsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A field, its bound, the values it takes inside the bound (its own range may be narrower: then only values below
     * the bound are tested beyond it, since above it the field's own range speaks first), and how to set it.
     */
    record Field(String path, Bound bound, double low, double high, BiConsumer<ObjectNode, Double> set) {
        Field(String path, Bound bound, BiConsumer<ObjectNode, Double> set) {
            this(path, bound, bound.low, bound.high, set);
        }

        boolean ownRangeEndsBelowTheBound() {
            return high < bound.high && !path.equals("camera.near");
        }

        @Override public String toString() {
            return path;
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("camera.orbit.distance", Bound.LENGTH, (s, v) -> orbit(s).put("distance", v)),
            new Field("camera.near", Bound.LENGTH, Bound.LENGTH.low, 1e5, (s, v) -> camera(s).put("near", v).put("far", 1e6)),
            new Field("camera.fov_deg", Bound.FIELD_OF_VIEW, 0.01, 179.99, (s, v) -> camera(s).put("fov_deg", v)),
            new Field("camera.orbit.target[1]", Bound.COORDINATE, (s, v) -> orbit(s).putArray("target").add(0).add(v).add(0)),
            new Field("camera.orbit.azimuth_deg", Bound.ANGLE, (s, v) -> orbit(s).put("azimuth_deg", v)),
            new Field("camera.orbit.roll_deg", Bound.ANGLE, (s, v) -> orbit(s).put("roll_deg", v)),
            new Field("camera.orbit.look_at_jitter", Bound.COORDINATE, (s, v) -> orbit(s).put("look_at_jitter", v)),
            new Field("objects[0].scale", Bound.FACTOR, (s, v) -> object(s).put("scale", v)),
            new Field("objects[0].scale[2]", Bound.FACTOR, (s, v) -> object(s).putArray("scale").add(1).add(1).add(v)),
            new Field("objects[0].fit_size", Bound.LENGTH, (s, v) -> object(s).put("fit_size", v)),
            new Field("objects[0].position.min[0]", Bound.COORDINATE, (s, v) -> box(object(s).putObject("position"), v)),
            new Field("objects[0].rotation.fixed_deg[0]", Bound.ANGLE, (s, v) -> object(s).putObject("rotation").putArray("fixed_deg").add(v).add(0).add(0)),
            new Field("objects[0].rotation.angle_deg", Bound.ANGLE, (s, v) -> object(s).putObject("rotation").put("angle_deg", v).putArray("axis").add(0).add(1).add(0)),
            new Field("objects[0].keypoints[0].position[2]", Bound.COORDINATE, (s, v) -> object(s).putArray("keypoints").addObject().put("name", "k").putArray("position").add(0).add(0).add(v)),
            new Field("objects[0].support.height", Bound.COORDINATE, (s, v) -> support(object(s).putObject("support").put("height", v))),
            new Field("lights[0].intensity", Bound.RADIANCE, (s, v) -> s.putArray("lights").addObject().put("type", "directional").put("intensity", v)),
            new Field("ambient", Bound.RADIANCE, (s, v) -> s.put("ambient", v)),
            new Field("render.ambient_occlusion.radius", Bound.LENGTH,
                    (s, v) -> s.putObject("render").putObject("ambient_occlusion").put("radius", v)));

    private static Path dir;
    private static SpecFixture fx;

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-bounds");
        fx = new SpecFixture(dir);
    }

    @AfterContainer static void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 200)
    void aValueBeyondItsBoundIsOneErrorAtItsField(@ForAll("fields") Field field, @ForAll("beyond") double where) {
        double v = beyond(field.bound(), field.ownRangeEndsBelowTheBound() ? where * 0.49 : where);
        SpecException e = assertThrows(SpecException.class, () -> load(field, v), () -> field + " = " + v + " loaded");
        assertEquals(field.path(), e.field(), e.getMessage());
        assertTrue(e.reason().startsWith(field.bound().describe() + ", got "), e.getMessage());
    }

    @Property(tries = 200)
    void aValueWithinItsBoundLoads(@ForAll("fields") Field field, @ForAll("fractions") double where) {
        double v = where < 0.1 ? field.low() : where > 0.9 ? field.high() : field.low() + (field.high() - field.low()) * where;
        load(field, v);
    }

    @Property(tries = 50)
    void anUntruncatedNormalCountsByWhatItCanDraw(@ForAll("fractions") double fraction) {
        double std = fraction * 2 * Bound.COORDINATE.high / Distribution.Normal.MAX_DEVIATIONS;
        ObjectNode spec = (ObjectNode) parse();
        orbit(spec).set("look_at_jitter", JSON.createObjectNode().set("normal", JSON.createArrayNode().add(0).add(std)));
        if (Distribution.Normal.MAX_DEVIATIONS * std <= Bound.COORDINATE.high) loadTree(spec);
        else assertEquals("camera.orbit.look_at_jitter", assertThrows(SpecException.class, () -> loadTree(spec)).field());
    }

    @Provide Arbitrary<Field> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide Arbitrary<Double> beyond() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    /** Above the bound's high end (up to 1e308) or, for bounds above 0, between 0 and the low end (down to 1e-320). */
    private static double beyond(Bound b, double where) {
        boolean small = b.low > 0 && where < 0.5;
        double f = (small ? where : where - 0.5) * 2;
        if (small) return Math.max(Double.MIN_VALUE * 1e4, b.low * Math.pow(1e-320 / b.low, f) * 0.999);
        double exponent = Math.log10(b.high) + 1e-9 + f * (308 - Math.log10(b.high));
        double v = Math.min(1e308, Math.pow(10, exponent));
        return v > b.high ? v : Math.nextUp(b.high);
    }

    private static SceneSpec load(Field field, double v) {
        ObjectNode spec = (ObjectNode) parse();
        field.set().accept(spec, v);
        return loadTree(spec);
    }

    private static SceneSpec loadTree(ObjectNode spec) {
        try {
            return fx.loader.load(fx.write("scene.json", JSON.writeValueAsString(spec)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse() {
        try {
            return new YAMLMapper().readTree(SpecFixture.MINIMAL_YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode camera(ObjectNode s) {
        return (ObjectNode) s.get("camera");
    }

    private static ObjectNode orbit(ObjectNode s) {
        return (ObjectNode) s.get("camera").get("orbit");
    }

    private static ObjectNode object(ObjectNode s) {
        return (ObjectNode) ((ArrayNode) s.get("objects")).get(0);
    }

    private static void box(ObjectNode position, double v) {
        position.putArray("min").add(v).add(0).add(0);
        position.putArray("max").add(v).add(0).add(0);
    }

    private static void support(ObjectNode support) {
        support.putArray("min").add(0).add(0);
        support.putArray("max").add(0).add(0);
    }
}
