package mirage.scenes.sampling;

import java.util.List;
import java.util.Objects;

/**
 * What collision-free placement did in one frame (see {@code placement} in the spec): which objects could not be
 * placed and were left out ({@code on_failure: drop}), and how many extra draws placing the others took.
 *
 * @param dropped objects left out, in the order they were drawn
 * @param redraws draws beyond the first, over all objects of the frame (0 when placement is off)
 */
public record PlacementReport(List<Dropped> dropped, int redraws) {
    /** Nothing dropped, nothing redrawn. */
    public static final PlacementReport NONE = new PlacementReport(List.of(), 0);

    public PlacementReport {
        dropped = List.copyOf(dropped);
        if (redraws < 0) throw new IllegalArgumentException("redraws must be >= 0, got " + redraws);
    }

    /**
     * One object left out.
     *
     * @param entry    the spec entry it was drawn for: {@code objects[j]} or {@code distractors[j]}
     * @param instance which of that entry's objects in this frame, counting from 0 in draw order
     */
    public record Dropped(String entry, int instance) {
        public Dropped {
            Objects.requireNonNull(entry, "entry");
            if (instance < 0) throw new IllegalArgumentException("instance must be >= 0, got " + instance);
        }
    }
}
