package mirage.scenes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the spec loader and validator: whatever the document, loading it returns a spec or
 * throws one {@link SpecException} naming the file, quickly; never another exception (no NPE, ClassCast,
 * StackOverflow, OOM), never a hang. Three sources of documents: random YAML/JSON trees over the spec's own keys,
 * character-level mutations of valid specs, and tree-level mutations of a valid spec.
 *
 * <p>jqwik prints each property's seed after it runs (see {@code junit-platform.properties}); to replay a
 * failure, put that seed on the property ({@code @Property(seed = "...")}) and run this class alone.
 */
class SpecFuzzTest {
    private static final long MAX_MILLIS = 2000;
    private static final List<String> KEYS = List.of("seed", "frames", "image", "width", "height", "camera", "fov_deg",
            "intrinsics", "fx", "fy", "cx", "cy", "near", "far", "orbit", "target", "distance", "elevation_deg",
            "azimuth_deg", "look_at_jitter", "objects", "asset", "category", "count", "scale", "fit_size", "center",
            "rotation", "fixed_deg", "position", "min", "max", "material", "base_color", "texture_folder", "lights",
            "type", "intensity", "color", "ambient", "background", "image_folder", "constant", "uniform", "normal",
            "mean", "std", "choice", "int_uniform", "unknown_key", "", "hsv", "surface", "uv", "offset", "rotation_deg",
            "roughness", "metallic", "procedural", "pattern", "color_a", "color_b", "cells", "temperature_k", "cone_deg",
            "softness_deg", "shadows", "size", "zoom", "flip", "tiles", "roll_deg", "effects", "blur_sigma", "brightness",
            "contrast", "saturation", "hue_deg", "noise_std", "jpeg_quality");
    private static final List<String> STRINGS = List.of("models/coin.glb", "models/box.obj", "textures", "backgrounds",
            "empty", "directional", "point", "spot", "checker", "noise", "uniform", "asset", "coin", "../outside.glb", "/etc/passwd", "models",
            "textures/wood.png", ".", "", " ", "~", "null", "NaN", ".inf", "0x10", "1e999", "*a", "&a", "\u0000", "é");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private static Path dir;
    private static SpecLoader loader;

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-spec-fuzz");
        loader = new SpecFixture(dir).loader;
    }

    @AfterContainer static void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 300)
    void randomDocumentsOnlyEverFailWithASpecException(@ForAll("documents") Object document, @ForAll boolean yaml) {
        loadOrSpecException(write(document, yaml), yaml ? SpecFormat.YAML : SpecFormat.JSON);
    }

    @Property(tries = 300)
    void textMutationsOfValidSpecsOnlyEverFailWithASpecException(@ForAll("textMutations") Tuple.Tuple2<String, SpecFormat> doc) {
        loadOrSpecException(doc.get1(), doc.get2());
    }

    @Property(tries = 300)
    void treeMutationsOfAValidSpecOnlyEverFailWithASpecException(@ForAll("treeMutations") JsonNode spec, @ForAll boolean yaml) {
        loadOrSpecException(write(spec, yaml), yaml ? SpecFormat.YAML : SpecFormat.JSON);
    }

    /** The property itself: a spec, or a SpecException naming the file; anything else, or slowness, fails. */
    private static void loadOrSpecException(String text, SpecFormat format) {
        Path file = dir.resolve(format == SpecFormat.YAML ? "scene.yaml" : "scene.json");
        long start = System.nanoTime();
        try {
            loader.parse(text, format, file);
            Statistics.label("outcome").collect("loaded");
        } catch (SpecException e) {
            if (!e.getMessage().startsWith(file.toString()))
                throw new AssertionError("SpecException does not name the file: " + e.getMessage());
            Statistics.label("outcome").collect(e.line() > 0 ? "SpecException with a line" : "SpecException for the whole file");
        } catch (Throwable t) {
            throw new AssertionError("not a SpecException: " + t + "\n--- document ---\n" + cut(text), t);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS) throw new AssertionError("took " + millis + " ms\n--- document ---\n" + cut(text));
    }

    @Provide Arbitrary<Object> documents() {
        return Arbitraries.frequencyOf(Tuple.of(8, map(4)), Tuple.of(1, value(3)));
    }

    @Provide Arbitrary<Tuple.Tuple2<String, SpecFormat>> textMutations() {
        Arbitrary<Tuple.Tuple2<String, SpecFormat>> valid = Arbitraries.of(
                Tuple.of(SpecFixture.FULL_YAML, SpecFormat.YAML), Tuple.of(SpecFixture.MINIMAL_YAML, SpecFormat.YAML),
                Tuple.of(SpecFixture.FULL_JSON, SpecFormat.JSON), Tuple.of(AppearanceSpecTest.APPEARANCE_YAML, SpecFormat.YAML));
        Arbitrary<List<Mutation>> edits = mutation().list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(valid, edits).as((doc, list) -> {
            String text = doc.get1();
            for (Mutation m : list) text = m.apply(text);
            return Tuple.of(text, doc.get2());
        });
    }

    @Provide Arbitrary<JsonNode> treeMutations() {
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, Object>>> edits =
                Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 3), value(2))
                        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(edits, Arbitraries.of(true, false)).as((list, appearance) -> {
            JsonNode root = appearance ? parseYaml(AppearanceSpecTest.APPEARANCE_YAML) : parse(SpecFixture.FULL_JSON);
            for (var e : list) mutateTree(root, e.get1(), e.get2(), JSON.valueToTree(e.get3()));
            return root;
        });
    }

    /** A character-level edit at a relative position: delete, insert, duplicate, or replace a number. */
    private record Mutation(int kind, double where, int length, String text) {
        String apply(String s) {
            if (s.isEmpty()) return text;
            int at = Math.min(s.length() - 1, (int) (where * s.length()));
            int end = Math.min(s.length(), at + length);
            return switch (kind) {
                case 0 -> s.substring(0, at) + s.substring(end);
                case 1 -> s.substring(0, at) + text + s.substring(at);
                case 2 -> s.substring(0, end) + s.substring(at, end) + s.substring(end);
                default -> s.substring(0, at) + s.substring(at).replaceFirst("-?[0-9]+(\\.[0-9]+)?", text);
            };
        }
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> inserted = Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[]:,-&*!|>'\"#\n \t?%@`0123456789.eE+abcxyz_").ofMaxLength(8),
                Arbitraries.of("1e400", "-1", "0", "9223372036854775808", "1.5", "NaN", ".nan", "-.inf", "null", "~",
                        "[]", "{}", "&a", "*a", "!!binary", "\n  - ", ": ", "'", "\"", "\\u0000"));
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40), inserted).as(Mutation::new);
    }

    /** Replaces, removes or adds at the {@code pick}-th container node of a pre-order walk. */
    private static void mutateTree(JsonNode root, int pick, int kind, JsonNode replacement) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> c = containers.get(pick % containers.size());
        if (c instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? KEYS.get(pick % KEYS.size()) : names.get(pick % names.size());
            switch (kind) {
                case 0 -> o.remove(name);
                case 1 -> o.set(KEYS.get((pick * 7) % KEYS.size()), replacement);
                default -> o.set(name, replacement);
            }
        } else if (c instanceof ArrayNode a) {
            if (kind == 0 && !a.isEmpty()) a.remove(pick % a.size());
            else if (kind == 1 || a.isEmpty()) a.add(replacement);
            else a.set(pick % a.size(), replacement);
        }
    }

    private static void collect(JsonNode n, List<ContainerNode<?>> out) {
        if (n instanceof ContainerNode<?> c) out.add(c);
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) collect(it.next(), out);
    }

    private static Arbitrary<Object> value(int depth) {
        if (depth <= 0) return scalar();
        return Arbitraries.frequencyOf(Tuple.of(6, scalar()), Tuple.of(2, Arbitraries.lazy(() -> list(depth - 1))),
                Tuple.of(3, Arbitraries.lazy(() -> map(depth - 1))));
    }

    private static Arbitrary<Object> list(int depth) {
        return value(depth).list().ofMaxSize(5).map(l -> l);
    }

    private static Arbitrary<Object> map(int depth) {
        Arbitrary<String> keys = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(KEYS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(10)));
        return Combinators.combine(keys, value(depth)).as(Tuple::of).list().ofMaxSize(6).map(entries -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var e : entries) m.put(e.get1(), e.get2());
            return m;
        });
    }

    private static Arbitrary<Object> scalar() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-5, 2000).map(i -> (Object) i)),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1, 65536L, 10_000_001L).map(l -> (Object) l)),
                Tuple.of(2, Arbitraries.doubles().between(-1e3, 1e3).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 1e-320, 1e308, -1e308, 0.5, 179.999, 180.0, 90.0).map(d -> (Object) d)),
                Tuple.of(3, Arbitraries.of(STRINGS).map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static String write(Object document, boolean yaml) {
        try {
            return (yaml ? YAML : JSON).writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parseYaml(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "\n[...]" : text;
    }
}
