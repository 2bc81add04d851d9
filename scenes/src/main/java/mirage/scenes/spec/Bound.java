package mirage.scenes.spec;

/**
 * Mirage's finite range for each kind of number that sets geometry, the lens or light, checked after a field's own
 * range ({@link Range#within}): inside them every matrix, projection and colour derived from a spec stays finite, so
 * whatever validates renders. Wide enough for any real scene; README "Scene spec" lists them.
 */
enum Bound {
    /** Positions, targets, heights, offsets, look-at jitter, keypoints (asset units). */
    COORDINATE(-1e6, 1e6, "a coordinate, metres"),
    /** Lengths that must be above 0: orbit distance, fit_size, prop sizes, clip distances. */
    LENGTH(1e-4, 1e6, "a length, metres"),
    /** Scale factors, UV scales, background zoom and tiles, pattern cells. */
    FACTOR(1e-4, 1e4, "a scale factor"),
    /** UV offsets. */
    UV(-1e4, 1e4, "a UV offset"),
    /** Every angle. */
    ANGLE(-3600, 3600, "an angle, degrees"),
    /** The vertical field of view (its own range keeps it below 180). */
    FIELD_OF_VIEW(0.01, 180, "a field of view, degrees"),
    /** Focal lengths. */
    FOCAL(0.01, 1e7, "a focal length, pixels"),
    /** Principal points. */
    PIXEL(-1e7, 1e7, "a pixel coordinate"),
    /** Light intensities, linear light colour channels, ambient light. */
    RADIANCE(0, 1e6, "a light intensity"),
    /** Class-balance weights. */
    WEIGHT(0, 1e9, "a weight");

    final double low;
    final double high;
    final String kind;

    Bound(double low, double high, String kind) {
        this.low = low;
        this.high = high;
        this.kind = kind;
    }

    boolean contains(double v) {
        return v >= low && v <= high;
    }

    /**
     * Whether every value {@code d} can draw lies inside: its support, or for a normal left unbounded, the values
     * within {@link Distribution.Normal#MAX_DEVIATIONS} standard deviations of its mean.
     */
    boolean containsDraws(Distribution d) {
        double lo = d.min(), hi = d.max();
        if (d instanceof Distribution.Normal n) {
            lo = Math.max(lo, n.mean() - Distribution.Normal.MAX_DEVIATIONS * n.std());
            hi = Math.min(hi, n.mean() + Distribution.Normal.MAX_DEVIATIONS * n.std());
        }
        return contains(lo) && contains(hi);
    }

    /** Like "must be 1.0E-4..1000000 (a length, metres)". */
    String describe() {
        return "must be " + Numbers.show(low) + ".." + Numbers.show(high) + " (" + kind + ")";
    }

    /** Checks each component of a vector, as {@code field[i]}. */
    void check(String field, Vec3 v) {
        for (int i = 0; i < 3; i++)
            if (!contains(v.get(i))) throw SpecViolation.invalid(field + "[" + i + "]", describe() + ", got " + Numbers.show(v.get(i)));
    }
}
