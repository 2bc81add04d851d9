package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import mirage.scenes.spec.SpecException;
import mirage.scenes.spec.SpecLoader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever validates renders: random specs whose numbers are mostly ordinary, sometimes at an end of Mirage's ranges
 * and now and then far beyond them (1e-300 or 1e308 metres, a scale of 1e-320, a rotation axis of length 1e-320,
 * positions of 1e20) either fail validation with a {@link SpecException}, or render every frame with
 * {@code mirage render} and exit 0: no exception, no stack trace. Images are tiny; a try that renders costs about a
 * second, one that validation refuses a few milliseconds.
 *
 * <p>jqwik prints the property's seed (and the failing {@code specSeed}, which alone rebuilds the spec); replay with
 * {@code @Property(seed = "...")} and run this class alone ({@code mvn -pl cli -am test -Dtest=ValidSpecRenderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class ValidSpecRenderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-render-fuzz");
    }

    @AfterContainer static void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static int run;

    @Property(tries = 12)
    void aSpecThatValidatesRendersEveryFrame(@ForAll long specSeed) throws IOException {
        ObjectNode spec = RandomSpec.of(new SplittableRandom(specSeed), TinyScene.ASSETS);
        Path file = Files.writeString(dir.resolve("spec-" + Long.toUnsignedString(specSeed) + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        try {
            new SpecLoader(java.util.List.of(TinyScene.ASSETS)).load(file);
        } catch (SpecException e) {
            Statistics.label("outcome").collect("refused by validation");
            return;
        }
        Statistics.label("outcome").collect("rendered");
        CliRun r = TinyScene.render(file, dir.resolve("out-" + run++));
        assertEquals(0, r.exitCode(), () -> "specSeed " + specSeed + " validates but does not render:\n" + r.err()
                + "\n--- spec ---\n" + spec.toPrettyString());
    }

    /**
     * Draws a spec from a seed. Each number is ordinary four times in five, else at an end of Mirage's range for its
     * kind; in half of the specs one number, chosen at random, is far beyond that range instead.
     */
    static final class RandomSpec {
        private final SplittableRandom r;
        private final Path assets;
        private final int beyondAt;
        private int drawn;

        private RandomSpec(SplittableRandom r, Path assets) {
            this.r = r;
            this.assets = assets;
            this.beyondAt = r.nextBoolean() ? r.nextInt(60) : -1;
        }

        static ObjectNode of(SplittableRandom r, Path assets) {
            return new RandomSpec(r, assets).spec();
        }

        private ObjectNode spec() {
            ObjectNode s = JSON.createObjectNode();
            s.put("seed", r.nextLong());
            s.put("frames", 3);
            s.putObject("image").put("width", 1 + r.nextInt(24)).put("height", 1 + r.nextInt(24));
            s.set("camera", camera());
            ArrayNode objects = s.putArray("objects");
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) objects.add(object(i));
            ArrayNode lights = s.putArray("lights");
            for (int i = 0, n = r.nextInt(3); i < n; i++) lights.add(light());
            s.put("ambient", value(0.3, 0.3, 0, 1e6, 1e300));
            s.set("background", background());
            if (r.nextBoolean()) s.putArray("distractors").add(distractor());
            if (r.nextBoolean()) s.set("occluders", occluders());
            s.putObject("outputs").put("depth_overflow", "clamp").put("depth_npy", r.nextBoolean())
                    .put("depth_scale", value(1, 1, 1e-9, 999_999, 1e-300));
            return s;
        }

        private ObjectNode camera() {
            ObjectNode c = JSON.createObjectNode();
            if (r.nextBoolean()) c.put("fov_deg", value(30, 70, 0.01, 179.99, 1e-300));
            else c.putObject("intrinsics").put("fx", focal()).put("fy", focal())
                    .put("cx", value(0, 24, -1e7, 1e7, 1e300)).put("cy", value(0, 24, -1e7, 1e7, -1e300));
            double near = value(0.05, 0.05, 1e-4, 1e-4, 1e-300);
            c.put("near", near).put("far", value(100, 100, near * 1.001, 1e6, 1e300));
            ObjectNode orbit = c.putObject("orbit");
            orbit.set("target", coordinates());
            orbit.set("distance", dist(2, 5, 1e-4, 1e6, 1e308));
            orbit.put("elevation_deg", value(-60, 60, -90, 90, 1e-300));
            orbit.set("azimuth_deg", angle());
            orbit.set("look_at_jitter", r.nextBoolean() ? dist(0, 0.1, 0, 1e6, 1e20)
                    : JSON.createObjectNode().set("normal", JSON.createArrayNode().add(0).add(value(0.05, 0.05, 1e5 / 8.6, 1e-300, 1e307))));
            orbit.set("roll_deg", angle());
            return c;
        }

        private ObjectNode object(int i) {
            ObjectNode o = JSON.createObjectNode();
            o.put("asset", assets.resolve(r.nextBoolean() ? "models/coin.glb" : "models/sphere.obj").toString());
            o.put("category", "c" + i);
            o.set("count", JSON.createObjectNode().set("int_uniform", JSON.createArrayNode().add(0).add(2)));
            o.set("scale", r.nextBoolean() ? factor() : JSON.createArrayNode().add(factor()).add(factor()).add(factor()));
            if (r.nextBoolean()) o.put("fit_size", value(0.3, 1, 1e-4, 1e6, 1e-300));
            o.put("center", r.nextBoolean());
            o.set("rotation", rotation());
            if (r.nextInt(3) == 0) o.set("support", support());
            else o.set("position", box());
            o.set("material", material());
            if (r.nextBoolean()) o.putArray("keypoints").addObject().put("name", "k").set("position", coordinates());
            return o;
        }

        private JsonNode rotation() {
            return switch (r.nextInt(4)) {
                case 0 -> JSON.getNodeFactory().textNode("uniform");
                case 1 -> JSON.createObjectNode().set("fixed_deg", angles());
                case 2 -> JSON.createObjectNode().<ObjectNode>set("axis", JSON.createArrayNode().add(value(0.1, 1, 1e-6, 1e6, 1e-320))
                        .add(value(0, 1, 0, 1e6, 1e-320)).add(0)).set("angle_deg", angle());
                default -> JSON.createObjectNode().set("list_deg", JSON.createArrayNode().add(angles()).add(angles()));
            };
        }

        private ObjectNode support() {
            double[] x = sorted(coordinate(), coordinate()), z = sorted(coordinate(), coordinate());
            ObjectNode s = JSON.createObjectNode().put("height", coordinate());
            s.putArray("min").add(x[0]).add(z[0]);
            s.putArray("max").add(x[1]).add(z[1]);
            return s;
        }

        private ObjectNode material() {
            return switch (r.nextInt(4)) {
                case 0 -> JSON.createObjectNode().set("base_color", JSON.createArrayNode().add(r.nextDouble()).add(0.5).add(1));
                case 1 -> {
                    ObjectNode m = JSON.createObjectNode();
                    m.putObject("surface").put("texture_folder", assets.resolve("textures").toString());
                    m.putObject("uv").<ObjectNode>set("scale", factor()).<ObjectNode>set("offset", dist(-1, 1, -1e4, 1e4, 1e300))
                            .set("rotation_deg", angle());
                    yield m;
                }
                case 2 -> JSON.createObjectNode().set("procedural", JSON.createObjectNode().put("pattern", "checker")
                        .set("cells", dist(2, 12, 1e-4, 1e4, 1e300)));
                default -> JSON.createObjectNode().put("roughness", r.nextDouble()).put("metallic", r.nextDouble());
            };
        }

        private ObjectNode light() {
            ObjectNode l = JSON.createObjectNode();
            String type = new String[] {"directional", "point", "spot"}[r.nextInt(3)];
            l.put("type", type).set("intensity", radiance());
            l.putArray("color").add(radiance()).add(1).add(radiance());
            l.put("shadows", r.nextBoolean());
            if (type.equals("directional")) l.put("elevation_deg", value(10, 80, -90, 90, 1e-300)).set("azimuth_deg", angle());
            else l.set("position", box());
            if (type.equals("spot")) {
                l.set("target", box());
                l.put("cone_deg", value(20, 60, 1e-6, 89.999, 1e-300)).set("softness_deg", dist(0, 5, 0, 3600, 1e300));
            }
            if (l.get("shadows").booleanValue() && r.nextBoolean()) {   // soft shadows: radius in metres or degrees across
                boolean sun = type.equals("directional");
                l.set("size", dist(0, sun ? 2 : 0.3, 0, sun ? 30 : 10, 1e300));
            }
            return l;
        }

        private ObjectNode background() {
            return switch (r.nextInt(4)) {
                case 0 -> JSON.createObjectNode().set("color", JSON.createArrayNode().add(0.5).add(r.nextDouble()).add(0.5));
                case 1 -> JSON.createObjectNode().put("image_folder", assets.resolve("backgrounds").toString())
                        .<ObjectNode>set("zoom", dist(1, 2, 1, 1e4, 1e300)).put("flip", r.nextDouble());
                case 2 -> JSON.createObjectNode().put("texture_folder", assets.resolve("textures").toString())
                        .<ObjectNode>set("tiles", factor()).set("rotation_deg", angle());
                default -> JSON.createObjectNode().<ObjectNode>set("procedural", JSON.createObjectNode().put("pattern", "noise")
                        .set("cells", dist(2, 12, 1e-4, 1e4, 1e-300)));
            };
        }

        private ObjectNode distractor() {
            ObjectNode d = JSON.createObjectNode();
            d.putArray("shapes").add("cube").add("torus");
            return d.<ObjectNode>set("count", JSON.getNodeFactory().numberNode(1 + r.nextInt(2))).<ObjectNode>set("size", length())
                    .<ObjectNode>set("rotation", rotation()).set("position", box());
        }

        private ObjectNode occluders() {
            return JSON.createObjectNode().put("count", 1).<ObjectNode>set("size", length())
                    .put("depth", value(0.3, 0.7, 1e-9, 0.999999, 1e-300)).set("offset", dist(-0.2, 0.2, -1e6, 1e6, 1e20));
        }

        private ObjectNode box() {
            ArrayNode min = JSON.createArrayNode(), max = JSON.createArrayNode();
            for (int a = 0; a < 3; a++) {
                double[] v = sorted(coordinate(), coordinate());
                min.add(v[0]);
                max.add(v[1]);
            }
            ObjectNode b = JSON.createObjectNode();
            b.set("min", min);
            b.set("max", max);
            return b;
        }

        private ArrayNode coordinates() {
            return JSON.createArrayNode().add(coordinate()).add(coordinate()).add(coordinate());
        }

        private ArrayNode angles() {
            return JSON.createArrayNode().add(value(-180, 180, -3600, 3600, 1e308)).add(value(-180, 180, 3600, 1e-300, -1e300))
                    .add(value(0, 90, -3600, 0, 1e20));
        }

        private double coordinate() {
            return value(-0.6, 0.6, -1e6, 1e6, r.nextBoolean() ? 1e20 : -1e308);
        }

        private double focal() {
            return value(10, 40, 0.01, 1e7, r.nextBoolean() ? 1e-300 : 1e300);
        }

        private JsonNode length() {
            return dist(0.2, 1, 1e-4, 1e6, r.nextBoolean() ? 1e-300 : 1e308);
        }

        private JsonNode factor() {
            return dist(0.5, 2, 1e-4, 1e4, r.nextBoolean() ? 1e-320 : 1e300);
        }

        private JsonNode angle() {
            return dist(0, 360, -3600, 3600, 1e308);
        }

        private JsonNode radiance() {
            return dist(0.5, 3, 0, 1e6, 1e300);
        }

        /**
         * Ordinary, uniform in [lo, hi], four times in five; else {@code edge1} or {@code edge2} (the ends of the
         * kind's range); {@code beyond} when this is the spec's chosen number.
         */
        private double value(double lo, double hi, double edge1, double edge2, double beyond) {
            int k = r.nextInt(5);
            if (drawn++ == beyondAt) return beyond;
            if (k == 0) return r.nextBoolean() ? edge1 : edge2;
            return lo + (hi - lo) * r.nextDouble();
        }

        /** {@link #value} as a constant, or a uniform, truncated normal or choice over two such values. */
        private JsonNode dist(double lo, double hi, double edge1, double edge2, double beyond) {
            double a = value(lo, hi, edge1, edge2, beyond), b = value(lo, hi, edge1, edge2, beyond);
            double[] ab = sorted(a, b);
            return switch (r.nextInt(4)) {
                case 0 -> JSON.getNodeFactory().numberNode(a);
                case 1 -> JSON.createObjectNode().set("uniform", JSON.createArrayNode().add(ab[0]).add(ab[1]));
                case 2 -> JSON.createObjectNode().set("normal", JSON.createObjectNode().put("mean", (ab[0] + ab[1]) / 2)
                        .put("std", (ab[1] - ab[0]) / 4).put("min", ab[0]).put("max", ab[1]));
                default -> JSON.createObjectNode().set("choice", JSON.createArrayNode().add(a).add(b));
            };
        }

        private static double[] sorted(double a, double b) {
            return new double[] {Math.min(a, b), Math.max(a, b)};
        }
    }
}
