package mirage.scenes.spec;

import java.util.List;

/** How numbers appear in messages and in the written spec. */
final class Numbers {
    private static final double EXACT_INTEGERS = 9.007199254740992E15; // 2^53

    private Numbers() {}

    /** Integral values without a fraction ("3"), others as Java writes doubles ("0.5"). */
    static String show(double v) {
        if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Like {@code [1.0, 2.5]}, listing at most 10 values. */
    static String showList(List<Double> values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size() && i < 10; i++) s.append(i == 0 ? "" : ", ").append(values.get(i));
        if (values.size() > 10) s.append(", ... (").append(values.size()).append(" values)");
        return s.append(']').toString();
    }

    /** True for a finite value with no fraction that a double holds exactly. */
    static boolean isExactInteger(double v) {
        return v == Math.rint(v) && Math.abs(v) <= EXACT_INTEGERS;
    }
}
