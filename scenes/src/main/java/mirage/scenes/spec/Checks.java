package mirage.scenes.spec;

import java.util.List;

/** Null handling shared by the spec records' compact constructors. */
final class Checks {
    private Checks() {}

    /** {@code value}, or a {@link SpecViolation#missing} for {@code field}. */
    static <T> T required(T value, String field) {
        if (value == null) throw SpecViolation.missing(field);
        return value;
    }

    /** {@code value}, or {@code fallback} when absent. */
    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** An immutable copy, rejecting null elements as {@code field[i]}. */
    static <T> List<T> list(List<T> values, String field) {
        for (int i = 0; i < values.size(); i++)
            if (values.get(i) == null) throw SpecViolation.invalid(field + "[" + i + "]", "must not be null");
        return List.copyOf(values);
    }

    /** Rejects a value given where it has no meaning. */
    static void absent(Object value, String field, String why) {
        if (value != null) throw SpecViolation.invalid(field, why);
    }
}
