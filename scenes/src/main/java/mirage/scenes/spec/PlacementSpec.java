package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The top-level {@code placement}: whether placed objects (labelled instances and distractors, not occluders)
 * must not intersect. Each object's bounding volume is its asset's bounding box under its own scale, rotation and
 * position (an oriented box). An object that intersects one placed before it is drawn again (position, rotation,
 * scale) from the same stream.
 *
 * @param collisionFree keep bounding boxes apart [false]
 * @param maxTries      draws per object, the first included, before giving up; integer 1..100000 [100]
 * @param onFailure     what happens to an object that cannot be placed in {@code maxTries} draws [error]
 * @param physics       settle objects with a rigid-body engine instead [none]; not together with collision_free
 */
public record PlacementSpec(Boolean collisionFree, Integer maxTries, OnFailure onFailure, PhysicsSpec physics) {
    /** Most draws per object. */
    public static final int MAX_TRIES = 100_000;

    /** No constraint: objects may intersect. */
    public static final PlacementSpec DEFAULT = new PlacementSpec(null, null, null, null);

    /** The fate of an object that cannot be placed; written in lower case. */
    public enum OnFailure {
        /** Stop the run with a message naming the frame, the entry and the instance. */
        @JsonProperty("error") ERROR,
        /** Leave the object out and record it in the frame's placement report. */
        @JsonProperty("drop") DROP
    }

    public PlacementSpec {
        collisionFree = Checks.orDefault(collisionFree, Boolean.FALSE);
        maxTries = Checks.orDefault(maxTries, 100);
        Range.integers(1, MAX_TRIES).check("max_tries", maxTries);
        onFailure = Checks.orDefault(onFailure, OnFailure.ERROR);
        if (physics != null && collisionFree)
            throw SpecViolation.invalid("collision_free", "physics keeps objects apart itself; give collision_free or physics, not both");
    }
}
