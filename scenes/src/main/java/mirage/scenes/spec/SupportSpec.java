package mirage.scenes.spec;

import java.util.List;

/**
 * A resting placement, the alternative to a box of positions: the object rests on the horizontal plane
 * y = {@code height} (the lowest corner of its rotated, scaled bounding box touches it), its centre uniform in the
 * rectangle {@code min}..{@code max} of (x, z). Metres.
 *
 * @param height the plane's y [0]
 * @param min    lower corner [x, z] (required)
 * @param max    upper corner [x, z], &gt;= min on both axes (required)
 */
public record SupportSpec(Double height, List<Double> min, List<Double> max) {
    public SupportSpec {
        height = Checks.orDefault(height, 0.0);
        Range.any().within(Bound.COORDINATE).check("height", height);
        min = corner(Checks.required(min, "min"), "min");
        max = corner(Checks.required(max, "max"), "max");
        for (int axis = 0; axis < 2; axis++)
            if (!(min.get(axis) <= max.get(axis)))
                throw SpecViolation.invalid("", "min must be <= max on both axes, got min " + Numbers.showList(min)
                        + ", max " + Numbers.showList(max));
    }

    private static List<Double> corner(List<Double> xz, String field) {
        xz = Checks.list(xz, field);
        if (xz.size() != 2) throw SpecViolation.invalid(field, "must be a list of 2 numbers [x, z], got " + xz.size() + " values");
        for (int i = 0; i < 2; i++) Range.any().within(Bound.COORDINATE).check(field + "[" + i + "]", xz.get(i));
        return xz;
    }

    /** Lower x. */
    public double minX() {
        return min.get(0);
    }

    /** Lower z. */
    public double minZ() {
        return min.get(1);
    }

    /** Upper x. */
    public double maxX() {
        return max.get(0);
    }

    /** Upper z. */
    public double maxZ() {
        return max.get(1);
    }
}
