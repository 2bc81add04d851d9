package mirage.scenes.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label-related spec fields: keypoints, labels (filters) and outputs, with defaults and errors. */
class LabelOptionsSpecTest {
    @TempDir Path tmp;
    SpecFixture fx;

    @BeforeEach void setUp() {
        fx = new SpecFixture(tmp);
    }

    SceneSpec load(String extraObjectLines, String extraTopLevel) {
        String yaml = SpecFixture.MINIMAL_YAML.replace("    scale: 1\n", "    scale: 1\n" + extraObjectLines) + extraTopLevel;
        return fx.loader.load(fx.write("scene.yaml", yaml));
    }

    SpecException error(String extraObjectLines, String extraTopLevel) {
        return assertThrows(SpecException.class, () -> load(extraObjectLines, extraTopLevel));
    }

    @Test void defaults() {
        SceneSpec s = load("", "");
        assertEquals(1L, s.labels().minVisiblePixels());
        assertEquals(0.0, s.labels().minVisibility());
        assertEquals(LabelsSpec.Below.DROP, s.labels().below());
        assertEquals(true, s.outputs().depth());
        assertEquals(1.0, s.outputs().depthScale());
        assertEquals(OutputsSpec.Overflow.ERROR, s.outputs().depthOverflow());
        assertEquals(false, s.outputs().depthNpy());
        assertEquals(true, s.outputs().normals());
        assertEquals(null, s.outputs().coverage(), "not given: left out when written back");
        assertEquals(false, s.outputs().coverageOrDefault());
        assertEquals(List.of(List.of()), s.categoryKeypoints());
    }

    @Test void allFieldsRoundTripThroughJson() {
        SceneSpec s = load("    keypoints:\n      - {name: top, position: [0, 0.4, 0]}\n      - {name: rim, position: [0.2, 0.2, 0]}\n",
                "labels: {min_visible_pixels: 20, min_visibility: 0.25, below: ignore}\n"
                        + "outputs: {depth: true, depth_scale: 0.1, depth_overflow: clamp, depth_npy: true, normals: false, coverage: true}\n");
        assertEquals(List.of(List.of("top", "rim")), s.categoryKeypoints());
        assertEquals(true, s.outputs().coverageOrDefault());
        assertEquals(LabelsSpec.Below.IGNORE, s.labels().below());
        assertEquals(OutputsSpec.Overflow.CLAMP, s.outputs().depthOverflow());
        SceneSpec again = fx.loader.load(fx.write("again.json", SpecWriter.toJson(s)));
        assertEquals(s, again);
    }

    @Test void minVisibilityOutOfRange() {
        SpecException e = error("", "labels: {min_visibility: 1.5}\n");
        assertEquals("labels.min_visibility", e.field());
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
        assertEquals(14, e.line());
    }

    @Test void unknownBelowValue() {
        SpecException e = error("", "labels: {below: skip}\n");
        assertEquals("labels.below", e.field());
    }

    @Test void nonPositiveDepthScale() {
        assertEquals("outputs.depth_scale", error("", "outputs: {depth_scale: 0}\n").field());
    }

    @Test void coverageMustBeABoolean() {
        SpecException e = error("", "outputs: {coverage: often}\n");
        assertEquals("outputs.coverage", e.field());
        assertEquals(14, e.line());
    }

    @Test void duplicateKeypointName() {
        SpecException e = error("    keypoints: [{name: a, position: [0, 0, 0]}, {name: a, position: [1, 0, 0]}]\n", "");
        assertTrue(e.field().startsWith("objects[0].keypoints"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate keypoint name 'a'"), e.getMessage());
    }

    @Test void keypointWithoutPosition() {
        SpecException e = error("    keypoints: [{name: a}]\n", "");
        assertTrue(e.field().startsWith("objects[0].keypoints[0]"), e.getMessage());
    }

    @Test void sameCategoryNeedsTheSameKeypoints() {
        String second = "  - asset: models/coin.glb\n    category: coin\n    keypoints: [{name: b, position: [0, 0, 0]}]\n";
        SpecException e = assertThrows(SpecException.class, () -> fx.loader.load(fx.write("scene.yaml",
                SpecFixture.MINIMAL_YAML.replace("    scale: 1\n", "    scale: 1\n    keypoints: [{name: a, position: [0, 0, 0]}]\n") + second)));
        assertTrue(e.getMessage().contains("every entry of a category needs the same names"), e.getMessage());
    }
}
