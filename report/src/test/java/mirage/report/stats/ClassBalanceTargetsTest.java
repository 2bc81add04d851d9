package mirage.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading class-balance targets from the resolved spec, per split with the splits' overrides. */
class ClassBalanceTargetsTest {
    static Map<String, Map<String, Long>> of(String spec) throws Exception {
        return ClassBalanceTargets.of(new ObjectMapper().readTree(spec));
    }

    @Test
    void withoutSplitsTheTargetsHoldForTheWholeRun() throws Exception {
        assertEquals(Map.of("", Map.of("coin", 4L, "flag", 2L)), of("{\"class_balance\": {\"targets\": {\"coin\": 4, \"flag\": 2}}}"));
        assertEquals(Map.of(), of("{\"class_balance\": {\"weights\": {\"coin\": 1}}}"));
        assertEquals(Map.of(), of("{\"frames\": 3}"));
        assertEquals(Map.of(), ClassBalanceTargets.of(null));
    }

    @Test
    void eachSplitHasTheTargetsOrItsOverrides() throws Exception {
        String spec = """
                {"class_balance": {"targets": {"coin": 4, "flag": 2}},
                 "splits": [{"name": "train", "frames": 4, "set": {}},
                            {"name": "val", "frames": 2, "set": {"class_balance.targets": {"coin": 1}}},
                            {"name": "test", "frames": 2, "set": {"class_balance.targets.flag": 7}},
                            {"name": "weighted", "frames": 2, "set": {"class_balance": {"weights": {"coin": 1}}}}]}""";
        assertEquals(Map.of("train", Map.of("coin", 4L, "flag", 2L), "val", Map.of("coin", 1L),
                "test", Map.of("coin", 4L, "flag", 7L)), of(spec));
    }
}
