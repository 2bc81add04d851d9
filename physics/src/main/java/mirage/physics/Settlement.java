package mirage.physics;

import java.util.List;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;

/**
 * What {@link Settler#settle} did to one {@link PhysicsWorld}; lists are in the order of its bodies.
 *
 * @param modelToWorld final poses, in the input's convention: T(p')·R'·S·T(-centroid), model coordinates to world
 * @param steps        steps taken
 * @param atRest       whether the rest rule held before {@code maxSteps}
 * @param restsOn      per body, what it rests on, sorted and without repeats (empty when nothing holds it up)
 * @param moving       per body, whether it was still over a rest threshold at the last step
 * @param nanos        wall time of the stepping alone (no world building or freeing), for benchmarks
 */
public record Settlement(List<Matrix4dc> modelToWorld, int steps, boolean atRest, List<List<Support>> restsOn,
                         List<Boolean> moving, long nanos) {
    public Settlement {
        modelToWorld = modelToWorld.stream().map(m -> (Matrix4dc) new Matrix4d(m)).toList();
        restsOn = restsOn.stream().map(List::copyOf).toList();
        moving = List.copyOf(moving);
    }
}
