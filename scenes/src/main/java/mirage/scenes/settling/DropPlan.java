package mirage.scenes.settling;

import java.util.List;
import java.util.Objects;
import mirage.scenes.spec.PhysicsSpec;

/**
 * One frame's drop: the spec's fixed settings, the values drawn for the frame, and the bodies in drop order
 * (instances first, then distractors). Everything the settler needs besides the scene and the assets.
 *
 * @param spec    {@code placement.physics}
 * @param gravity m/s² drawn for the frame
 * @param spread  the part of each drop rectangle used, drawn for the frame
 * @param bodies  the dropped objects
 * @param binProps the positions in {@code Scene.props()} of the bin's five boxes (floor, then walls), empty without a bin
 */
public record DropPlan(PhysicsSpec spec, double gravity, double spread, List<DropBody> bodies, List<Integer> binProps) {
    public DropPlan {
        Objects.requireNonNull(spec, "spec");
        bodies = List.copyOf(bodies);
        binProps = List.copyOf(binProps);
    }
}
