package mirage.annotators.contour;

import java.util.List;

/**
 * The outer boundaries of a binary mask, one {@link Ring} per 8-connected component, in the order of each
 * component's first pixel in row-major order, and the number of holes (4-connected background regions enclosed
 * by a component). Filling every outer ring and taking the union gives the mask exactly when {@code holes == 0}.
 *
 * @param outer the outer rings
 * @param holes the number of holes
 */
public record MaskContours(List<Ring> outer, int holes) {
    public MaskContours {
        outer = List.copyOf(outer);
        if (holes < 0) throw new IllegalArgumentException("holes must be >= 0: " + holes);
    }

    /** Whether the union of the filled outer rings equals the mask: one component or more, no hole. */
    public boolean exactAsPolygons() {
        return holes == 0;
    }

    /** The ring enclosing the largest area (ties: the first), or null for an empty mask. */
    public Ring largest() {
        Ring best = null;
        for (Ring r : outer) if (best == null || r.signedArea() > best.signedArea()) best = r;
        return best;
    }
}
