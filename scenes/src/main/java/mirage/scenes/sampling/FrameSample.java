package mirage.scenes.sampling;

import java.util.Objects;
import mirage.scenes.model.Scene;

/**
 * A sampled frame with what placement did while sampling it; see {@link SceneSampler#sampleWithReport(int)}.
 *
 * @param scene     the frame's scene
 * @param placement the placement report (nothing dropped or redrawn when placement is off)
 */
public record FrameSample(Scene scene, PlacementReport placement) {
    public FrameSample {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(placement, "placement");
    }
}
