package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Names that end up in label and export files (category, keypoint, sweep axis name and label) are refused at
 * validation, with one line naming the field, when they hold a control, invisible or separator character or start or
 * end with white space; printable names in any script are kept as written. Specs are written as JSON with every
 * non-ASCII character escaped, so NUL, line breaks and lone surrogates reach the loader exactly.
 *
 * <p>jqwik prints each property's seed; replay with {@code @Property(seed = "...")} and run this class alone.
 */
class NamesFuzzTest {
    private static final List<Integer> REFUSED = List.of(0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9F, 0xAD, 0x200B,
            0x200E, 0x202E, 0x2060, 0xFEFF, 0x2028, 0x2029, 0xD800, 0xDFFF);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static Path dir;
    private static SpecFixture fx;

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-names-fuzz");
        fx = new SpecFixture(dir);
        fx.write("base.yaml", SpecFixture.MINIMAL_YAML);
    }

    @AfterContainer static void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 150)
    void aNameWithARefusedCharacterIsOneErrorAtItsField(@ForAll("refusedNames") String name, @ForAll("fields") String field) {
        SpecException e = assertThrows(SpecException.class, () -> load(field, name));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.reason().startsWith("must not contain control or invisible characters, got U+")
                || e.reason().startsWith("must not start or end with white space"), e.getMessage());
        assertFalse(e.getMessage().codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE), "one printable line: " + e.getMessage());
    }

    @Property(tries = 150)
    void aPrintableNameIsKeptAsWritten(@ForAll("printableNames") String name) {
        SceneSpec s = load("objects[0].category", name);
        assertEquals(List.of(name), s.categories());
        assertEquals(name, load("objects[0].keypoints[0].name", name).objects().get(0).keypoints().get(0).name());
    }

    @Property(tries = 100)
    void sweepNamesAndLabelsFollowTheSameRule(@ForAll("refusedNames") String name, @ForAll boolean label) {
        String axis = label ? "{\"field\": \"ambient\", \"values\": [0.1], \"labels\": [" + quoted(name) + "]}"
                : "{\"field\": \"ambient\", \"name\": " + quoted(name) + ", \"values\": [0.1]}";
        Path sweep = fx.write("sweep.json", "{\"base\": \"base.yaml\", \"axes\": [" + axis + "]}");
        SpecException e = assertThrows(SpecException.class, () -> Sweep.load(sweep));
        assertEquals(label ? "axes[0].labels[0]" : "axes[0].name", e.field(), e.getMessage());
    }

    @Provide Arbitrary<String> fields() {
        return Arbitraries.of("objects[0].category", "objects[0].keypoints[0].name");
    }

    @Provide Arbitrary<String> refusedNames() {
        Arbitrary<String> withBadCharacter = Combinators.combine(printableNames(), Arbitraries.of(REFUSED),
                Arbitraries.doubles().between(0, 1)).as((n, c, where) -> {
                    int at = n.offsetByCodePoints(0, (int) (where * n.codePointCount(0, n.length())));
                    return n.substring(0, at) + new String(Character.toChars(c)) + n.substring(at);
                });
        Arbitrary<String> padded = Combinators.combine(printableNames(), Arbitraries.of(" ", "\u00A0", "\u3000"),
                Arbitraries.of(true, false)).as((n, pad, front) -> front ? pad + n : n + pad);
        return Arbitraries.oneOf(withBadCharacter, padded);
    }

    /** Letters of several scripts, digits, punctuation, inner spaces and emoji (surrogate pairs). */
    @Provide Arbitrary<String> printableNames() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("é", "ß", "漢字", "Ελ", "кот", "😀", "🚗", "_", "-", "/", ".", "'", "\"", ",", "&", "<", ">", "%"));
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("", " "))
                .as((parts, sep) -> String.join(sep, parts));
    }

    /** MINIMAL_YAML as JSON with {@code field} set to {@code name} (and a keypoint for the keypoint field). */
    private static SceneSpec load(String field, String name) {
        ObjectNode spec = (ObjectNode) parseYaml(SpecFixture.MINIMAL_YAML);
        ObjectNode object = (ObjectNode) spec.withArray("objects").get(0);
        if (field.endsWith("category")) object.set("category", TextNode.valueOf(name));
        else object.putArray("keypoints").addObject().put("name", name).putArray("position").add(0).add(0).add(0);
        try {
            return fx.loader.load(fx.write("scene.json", JSON.writeValueAsString(spec)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parseYaml(String yaml) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
