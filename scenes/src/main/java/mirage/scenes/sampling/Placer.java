package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import mirage.core.error.MirageException;
import mirage.core.geom.Aabb;
import mirage.scenes.settling.DropPlan;
import mirage.scenes.spec.CollisionSpec;
import mirage.scenes.spec.PlacementSpec;
import mirage.scenes.spec.SupportSpec;
import org.joml.Matrix4d;

/**
 * Places one frame's objects one after another, keeping their oriented bounding boxes apart when the spec's
 * {@code placement} asks for it: a pose whose box intersects an earlier object's is drawn again, up to
 * {@code max_tries} draws in all; then the object is dropped or the run stops. Holds one frame's state; not
 * thread-safe.
 */
final class Placer {
    private final PlacementSpec spec;
    private final int frameIndex;
    private final List<OrientedBox> placed = new ArrayList<>();
    private final List<PlacementReport.Dropped> dropped = new ArrayList<>();
    private final DropPlacer drops;
    private int redraws;

    /** @param physics the frame's {@code physics} stream, used only under {@code placement.physics} */
    Placer(PlacementSpec spec, int frameIndex, Supplier<RandomGenerator> physics) {
        this.spec = spec;
        this.frameIndex = frameIndex;
        this.drops = spec.physics() == null ? null : new DropPlacer(spec.physics(), physics.get());
    }

    /** An instance's pose: its start pose under physics, else as {@link #place}. */
    Matrix4d placeInstance(String entry, int instance, Aabb bounds, SupportSpec support, CollisionSpec collision,
                           Supplier<Matrix4d> draw) {
        if (drops == null) return place(entry, instance, bounds, draw);
        return drops.instance(entry, instance, bounds, support, collision, draw.get());
    }

    /** A distractor's pose: its start pose under physics, else as {@link #place}. */
    Matrix4d placeDistractor(String entry, int instance, Aabb bounds, SupportSpec support, Supplier<Matrix4d> draw) {
        if (drops == null) return place(entry, instance, bounds, draw);
        return drops.distractor(entry, instance, bounds, support, draw.get());
    }

    /** The frame's drop for the settler, or null without physics. */
    DropPlan drop(List<Integer> binProps) {
        return drops == null ? null : drops.plan(binProps);
    }

    /**
     * The pose of one object: {@code draw}'s first pose that keeps clear of every object placed so far (any first
     * pose when placement is off), or null when it was dropped.
     *
     * @param entry    the spec entry, {@code objects[j]} or {@code distractors[j]}, for the report and messages
     * @param instance which of the entry's objects in this frame, from 0
     * @param bounds   the object's bounding box in model coordinates
     * @param draw     draws one pose from the entry's stream
     * @throws MirageException when it cannot be placed and {@code on_failure} is {@code error}
     */
    private Matrix4d place(String entry, int instance, Aabb bounds, Supplier<Matrix4d> draw) {
        if (!spec.collisionFree()) return draw.get();
        for (int attempt = 0; attempt < spec.maxTries(); attempt++) {
            if (attempt > 0) redraws++;
            Matrix4d pose = draw.get();
            OrientedBox box = OrientedBox.of(pose, bounds);
            if (placed.stream().noneMatch(box::intersects)) {
                placed.add(box);
                return pose;
            }
        }
        if (spec.onFailure() == PlacementSpec.OnFailure.DROP) {
            dropped.add(new PlacementReport.Dropped(entry, instance));
            return null;
        }
        throw new MirageException("frame " + frameIndex + ": " + entry + ": instance " + instance + " (counting from 0) "
                + "intersects an object placed before it in all " + spec.maxTries() + " tries (placement.max_tries); "
                + "spread the positions out, raise max_tries, or set placement.on_failure: drop");
    }

    PlacementReport report() {
        return dropped.isEmpty() && redraws == 0 ? PlacementReport.NONE : new PlacementReport(dropped, redraws);
    }
}
