package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents are refused quickly (each within a second, most within milliseconds) with one
 * {@link SpecException} naming the file, line and field of the first value over a {@link SpecLimits} limit.
 */
class SpecLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(1);

    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    private SpecException refused(String name, String text) {
        return refused(name, text, QUICK);
    }

    private SpecException refused(String name, String text, Duration within) {
        Path file = fx.write(name, text);
        return assertTimeoutPreemptively(within, () -> assertThrows(SpecException.class, () -> fx.loader.load(file)));
    }

    private static void assertReason(SpecException e, String field, String reason) {
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.reason().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test void deepYamlNesting() {
        String deep = "seed: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        SpecException e = refused("scene.yaml", deep);
        assertReason(e, "seed" + "[0]".repeat(31), "nested deeper than 32 levels");
        assertEquals(1, e.line());
    }

    @Test void deepJsonNesting() {
        String deep = "{\"seed\": " + "{\"a\": ".repeat(50_000) + "1" + "}".repeat(50_000) + "}";
        SpecException e = refused("scene.json", deep);
        assertReason(e, "seed" + ".a".repeat(31), "nested deeper than 32 levels");
    }

    @Test void deepBlockYamlNesting() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) s.append("  ".repeat(i)).append("k").append(i).append(":\n");
        s.append("  ".repeat(40)).append("v\n");
        assertReason(refused("scene.yaml", s.toString()), "k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17"
                + ".k18.k19.k20.k21.k22.k23.k24.k25.k26.k27.k28.k29.k30.k31", "nested deeper than 32 levels");
    }

    @Test void longString() {
        String yaml = SpecFixture.MINIMAL_YAML.replace("category: coin", "category: " + "c".repeat(5000));
        SpecException e = refused("scene.yaml", yaml);
        assertReason(e, "objects[0].category", "a string longer than 4096 characters");
        assertEquals(12, e.line());
    }

    @Test void veryLongStringHitsTheParserBackstopAndIsStillOneSpecException() {
        String yaml = SpecFixture.MINIMAL_YAML.replace("category: coin", "category: " + "c".repeat(100_000));
        SpecException e = refused("scene.yaml", yaml);
        assertTrue(e.getMessage().startsWith(tmp.resolve("scene.yaml") + ":"), e.getMessage());
    }

    @Test void longKey() {
        String yaml = SpecFixture.MINIMAL_YAML.replace("seed: 1", "k".repeat(500) + ": 1");
        assertReason(refused("scene.yaml", yaml), "", "a key is longer than 128 characters");
    }

    @Test void longNumber() {
        String yaml = SpecFixture.MINIMAL_YAML.replace("scale: 1", "scale: 1." + "0".repeat(500));
        assertReason(refused("scene.yaml", yaml), "objects[0].scale", "a number written with more than 100 characters");
        String json = "{\"seed\": " + "9".repeat(5000) + "}";
        assertReason(refused("scene.json", json), "seed", "a number written with more than 100 characters");
    }

    @Test void tooManyObjectEntries() {
        String entry = "  - {asset: models/coin.glb, category: coin, count: 0}\n";
        String yaml = SpecFixture.MINIMAL_YAML + entry.repeat(1000);
        SpecException e = refused("scene.yaml", yaml);
        assertReason(e, "objects", "more than 1000 entries");
        assertEquals(11 + 3 + 999, e.line());
    }

    @Test void longChoiceList() {
        String values = "0.5, ".repeat(20_000) + "1";
        String yaml = SpecFixture.MINIMAL_YAML.replace("scale: 1", "scale: {choice: [" + values + "]}");
        assertReason(refused("scene.yaml", yaml), "objects[0].scale.choice", "more than 10000 entries");
    }

    /** 400 KB of YAML to parse before the limit is reached, so this one is given more than a second. */
    @Test void tooManyValues() {
        StringBuilder s = new StringBuilder("seed: 1\nx:\n");
        for (int i = 0; i < 21; i++) s.append("  l").append(i).append(": [").append("1,".repeat(9_999)).append("1]\n");
        assertReason(refused("scene.yaml", s.toString(), Duration.ofSeconds(5)), "x.l19[9977]", "the spec holds more than 200000 values");
    }

    @Test void documentTooLarge() {
        String yaml = SpecFixture.MINIMAL_YAML + "#" + "x".repeat(SpecLimits.MAX_DOCUMENT_BYTES) + "\n";
        SpecException e = refused("scene.yaml", yaml);
        assertEquals(tmp.resolve("scene.yaml") + ": spec file is larger than 4194304 bytes", e.getMessage());
        SpecException parsed = assertThrows(SpecException.class, () -> fx.loader.parse(yaml, SpecFormat.YAML, tmp.resolve("s.yaml")));
        assertEquals(tmp.resolve("s.yaml") + ": spec file is larger than 4194304 bytes", parsed.getMessage());
    }

    /** A billion-laughs document: refused at its first anchor, before anything is expanded. */
    @Test void yamlAliasBomb() {
        StringBuilder bomb = new StringBuilder("seed: 1\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 40; i++) {
            bomb.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int k = 0; k < 9; k++) bomb.append(k == 0 ? "" : ", ").append("*l").append(i - 1);
            bomb.append("]\n");
        }
        SpecException e = refused("scene.yaml", bomb.toString());
        assertReason(e, "lol0", "YAML anchors (&l0) are not supported");
        assertEquals(2, e.line());
    }

    @Test void yamlAliasBombHiddenInAFlowMapping() {
        String bomb = "{a: &a [x, x], b: &b [*a, *a, *a], c: [*b, *b, *b, *b]}\n";
        assertReason(refused("scene.yaml", bomb), "a", "YAML anchors (&a) are not supported");
    }
}
