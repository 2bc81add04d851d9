package mirage.scenes.sampling;

import java.util.Objects;
import mirage.scenes.model.Scene;
import mirage.scenes.settling.DropPlan;
import mirage.scenes.settling.SettleReport;

/**
 * A sampled frame with what placement did while sampling it; see {@link SceneSampler#sampleWithReport(int)}. Under
 * {@code placement.physics} the scene holds start poses and {@code drop} what settling needs, until a settler
 * replaces the scene with the settled one and adds its report.
 *
 * @param scene     the frame's scene
 * @param placement the placement report (nothing dropped or redrawn when placement is off)
 * @param drop      the frame's drop for settling, or null without physics
 * @param settled   what settling did, or null when the scene was not settled (yet)
 */
public record FrameSample(Scene scene, PlacementReport placement, DropPlan drop, SettleReport settled) {
    public FrameSample {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(placement, "placement");
    }

    public FrameSample(Scene scene, PlacementReport placement) {
        this(scene, placement, null, null);
    }

    public FrameSample(Scene scene, PlacementReport placement, DropPlan drop) {
        this(scene, placement, drop, null);
    }

    /** Whether a settler still has to move this frame's objects before it is rendered. */
    public boolean needsSettling() {
        return drop != null && settled == null;
    }

    /** This frame after settling: the settled scene and the report. */
    public FrameSample settledAs(Scene settledScene, SettleReport report) {
        return new FrameSample(settledScene, placement, drop, Objects.requireNonNull(report, "report"));
    }
}
