package mirage.scenes.spec;

/**
 * The values a numeric spec field allows: an interval, open or closed at each end, optionally integers only, and
 * optionally Mirage's {@link Bound} for its kind of number, checked second with its own message. Fields check plain
 * numbers with {@link #check(String, double)} and distributions with {@link #check(String, Distribution)}, which
 * requires the distribution's whole support to fit (for the bound: every value it can actually draw).
 */
record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean integer, Bound bound) {
    static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false, null);
    }

    static Range positive() {
        return new Range(0, true, Double.POSITIVE_INFINITY, false, false, null);
    }

    static Range nonNegative() {
        return new Range(0, false, Double.POSITIVE_INFINITY, false, false, null);
    }

    static Range closed(double min, double max) {
        return new Range(min, false, max, false, false, null);
    }

    static Range open(double min, double max) {
        return new Range(min, true, max, true, false, null);
    }

    static Range integers(long min, long max) {
        return new Range(min, false, max, false, true, null);
    }

    /** This range, further limited to {@code b}. */
    Range within(Bound b) {
        return new Range(min, minOpen, max, maxOpen, integer, b);
    }

    boolean contains(double v) {
        boolean aboveMin = minOpen ? v > min : v >= min;
        boolean belowMax = maxOpen ? v < max : v <= max;
        return aboveMin && belowMax && (!integer || Numbers.isExactInteger(v));
    }

    private boolean bounded() {
        return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }

    /** Like "must be > 0", "must be 1..8192", "must be > 0 and < 180". */
    String describe() {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        String lo = (minOpen ? "> " : ">= ") + Numbers.show(min);
        String hi = (maxOpen ? "< " : "<= ") + Numbers.show(max);
        String what = integer ? "an integer " : "";
        if (hasMin && hasMax && !minOpen && !maxOpen) return "must be " + what + Numbers.show(min) + ".." + Numbers.show(max);
        if (hasMin && hasMax) return "must be " + what + lo + " and " + hi;
        if (hasMin) return "must be " + what + lo;
        if (hasMax) return "must be " + what + hi;
        return integer ? "must be an integer" : "must be a finite number";
    }

    /** Checks a plain number. */
    void check(String field, double v) {
        if (!Double.isFinite(v)) throw SpecViolation.invalid(field, "must be a finite number, got " + v);
        if (!contains(v)) throw SpecViolation.invalid(field, describe() + ", got " + Numbers.show(v));
        if (bound != null && !bound.contains(v)) throw SpecViolation.invalid(field, bound.describe() + ", got " + Numbers.show(v));
    }

    /** Checks that every value the distribution can produce is allowed. */
    void check(String field, Distribution d) {
        if (integer && !d.integral())
            throw SpecViolation.invalid(field, describe() + " (an integer constant, {int_uniform: [a, b]} or "
                    + "{choice: [...]} of integers), got " + d);
        if (bounded() && (Double.isInfinite(d.min()) || Double.isInfinite(d.max())))
            throw SpecViolation.invalid(field, describe() + ", got " + d + "; a normal distribution is unbounded: "
                    + "add min/max ({normal: {mean: m, std: s, min: a, max: b}}) or use uniform");
        if (!contains(d.min()) || !contains(d.max()))
            throw SpecViolation.invalid(field, describe() + ", got " + d);
        if (bound != null && !bound.containsDraws(d))
            throw SpecViolation.invalid(field, bound.describe() + ", got " + d);
    }
}
