package mirage.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walking the records' scene part: paths, which values count where, and the limits. */
class SceneKnobsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void numbersTextsAndFlagsAreCountedByPathWithListsOfObjectsTogether() throws Exception {
        SceneKnobs k = new SceneKnobs();
        k.accept(JSON.readTree("""
                {"camera": {"distance": 4.5, "look_at": [0.1, 0.2, 0.3]},
                 "lights": [{"type": "point", "radiance": [1, 2, 3], "shadows": false},
                            {"type": "spot", "radiance": [4, 5, 6], "shadows": true}],
                 "props": [{"role": "occluder", "model_to_world": [[1, 0], [0, 1]]}],
                 "effects": {"jpeg_quality": null}}"""));
        k.accept(JSON.readTree("""
                {"camera": {"distance": 5.5, "look_at": [0.1, 0.2, 0.3]}, "lights": [{"type": "point", "radiance": [7, 8, 9]}],
                 "effects": {"jpeg_quality": 90}}"""));
        k.accept(null);
        assertEquals(2, k.frames());
        assertEquals(List.of("camera.distance", "camera.look_at[0]", "camera.look_at[1]", "camera.look_at[2]",
                "lights[*].type", "lights[*].radiance[0]", "lights[*].radiance[1]", "lights[*].radiance[2]",
                "lights[*].shadows", "props[*].role", "effects.jpeg_quality"), k.knobs().stream().map(Knob::path).toList(),
                "matrices are not knobs");
        assertEquals(Map.of("point", 2L, "spot", 1L), k.get("lights[*].type").values().counts());
        assertEquals(Map.of(1.0, 1L, 4.0, 1L, 7.0, 1L), k.get("lights[*].radiance[0]").fewNumbers().counts());
        assertEquals(Map.of("false", 1L, "true", 1L), k.get("lights[*].shadows").values().counts());
        Knob q = k.get("effects.jpeg_quality");
        assertEquals(Map.of("null", 1L), q.values().counts());
        assertEquals(90.0, q.numbers().min());
        assertFalse(q.isConstant());
        assertTrue(k.get("camera.look_at[1]").isConstant());
        assertEquals(5.0, k.get("camera.distance").numbers().mean());
        assertNull(k.get("props[*].model_to_world"));
    }

    @Test
    void pathsBeyondTheLimitAreCountedAsLeftOut() {
        SceneKnobs k = new SceneKnobs();
        ObjectNode scene = JSON.createObjectNode();
        for (int i = 0; i < SceneKnobs.MAX_PATHS + 5; i++) scene.put("k" + i, i);
        k.accept(scene);
        assertEquals(SceneKnobs.MAX_PATHS, k.knobs().size());
        assertEquals(5, k.pathsLeftOut());
    }

    @Test
    void manyDistinctNumbersOverflowTheByValueCountsButNotTheHistogram() {
        Knob k = new Knob("x");
        for (int i = 0; i < 100; i++) k.addNumber(i * 0.5, false);
        assertTrue(k.fewNumbers().overflowed());
        assertEquals(Knob.FEW, k.fewNumbers().counts().size());
        assertEquals(100, k.numbers().count());
        assertEquals(100, k.count());
        k.addValue("y".repeat(500));
        assertEquals(Knob.MAX_TEXT + 1, k.values().counts().keySet().iterator().next().length());
    }
}
