package mirage.scenes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which frames of a run each split takes: split k takes the next {@code frames} global indices after split k - 1.
 * A spec without splits is one unnamed part holding every frame, so callers treat both alike. Frame i's randomness
 * stays {@code Seeds.derive(seed, i, ...)} whatever its split. Immutable.
 */
public final class SplitPlan {
    /**
     * One split's frames.
     *
     * @param name       the split's name, or null for a spec without splits
     * @param firstFrame global index of its first frame
     * @param frames     how many frames it has
     * @param spec       the spec its frames are sampled from (for a named split, its bound spec)
     */
    public record Part(String name, int firstFrame, int frames, SceneSpec spec) {
        public Part {
            Objects.requireNonNull(spec, "spec");
        }

        /** One past its last frame's global index. */
        public int endFrame() {
            return firstFrame + frames;
        }

        public boolean contains(int frame) {
            return frame >= firstFrame && frame < endFrame();
        }
    }

    private final List<Part> parts;
    private final int frames;

    private SplitPlan(List<Part> parts, int frames) {
        this.parts = List.copyOf(parts);
        this.frames = frames;
    }

    /** The plan of a loaded spec; its splits must be bound (as {@link SpecLoader} returns them). */
    public static SplitPlan of(SceneSpec spec) {
        if (spec.splits().isEmpty()) return new SplitPlan(List.of(new Part(null, 0, spec.frames(), spec)), spec.frames());
        List<Part> parts = new ArrayList<>();
        int first = 0;
        for (SplitSpec s : spec.splits()) {
            if (s.spec() == null) throw new IllegalArgumentException("split '" + s.name() + "' is not bound; load specs with SpecLoader");
            parts.add(new Part(s.name(), first, s.frames(), s.spec()));
            first += s.frames();
        }
        return new SplitPlan(parts, first);
    }

    /** Every frame of the run, all splits together. */
    public int frames() {
        return frames;
    }

    /** True when the spec names splits. */
    public boolean hasSplits() {
        return parts.get(0).name() != null;
    }

    /** The parts in frame order (one unnamed part without splits). */
    public List<Part> parts() {
        return parts;
    }

    /** The part holding global frame {@code frame}, 0..frames() - 1. */
    public Part partOf(int frame) {
        if (frame < 0 || frame >= frames)
            throw new IllegalArgumentException("frame " + frame + " is outside the run's 0.." + (frames - 1));
        int lo = 0, hi = parts.size() - 1;
        while (lo < hi) {   // the last part whose first frame is <= frame (empty parts are skipped over)
            int mid = (lo + hi + 1) >>> 1;
            if (parts.get(mid).firstFrame() <= frame) lo = mid;
            else hi = mid - 1;
        }
        return parts.get(lo);
    }
}
