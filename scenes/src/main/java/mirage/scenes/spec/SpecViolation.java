package mirage.scenes.spec;

import java.util.List;

/**
 * One problem with one spec field, thrown by the spec records' constructors and the spec deserializers.
 * {@link SpecLoader} turns it into a {@link SpecException} with the file, line and column; code that builds
 * spec records directly sees it as an {@link IllegalArgumentException} whose message is {@code field: reason}.
 *
 * <p>{@link #field()} is relative to the value being built (empty for the value itself), written like
 * {@code camera.orbit.distance} or {@code color[1]}.
 */
public final class SpecViolation extends IllegalArgumentException {
    /** How the loader should locate and word the problem. */
    enum Kind {
        /** The value at {@link #field()} is wrong. */
        INVALID,
        /** The field is required but absent (or null). */
        MISSING,
        /** {@link #key()} is not a known key of the mapping at {@link #field()}. */
        UNKNOWN_KEY
    }

    private final Kind kind;
    private final String field;
    private final String reason;
    private final String key;

    private SpecViolation(Kind kind, String field, String reason, String key) {
        super(field.isEmpty() ? reason : field + ": " + reason);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
        this.key = key;
    }

    /** The value at {@code field} is wrong, for {@code reason} (worded like "must be > 0, got -1"). */
    public static SpecViolation invalid(String field, String reason) {
        return new SpecViolation(Kind.INVALID, field, reason, null);
    }

    /** The required {@code field} has no value. */
    public static SpecViolation missing(String field) {
        return new SpecViolation(Kind.MISSING, field, "missing required field", null);
    }

    /** The mapping at {@code field} has a key it does not know. */
    public static SpecViolation unknownKey(String field, String key, List<String> known) {
        String reason = "unknown key '" + key + "' (known: " + String.join(", ", known) + ")";
        return new SpecViolation(Kind.UNKNOWN_KEY, field, reason, key);
    }

    /** The same problem, seen from one level up: {@code prefix} is prepended to the field path. */
    public SpecViolation within(String prefix) {
        return new SpecViolation(kind, FieldPaths.join(prefix, field), reason, key);
    }

    Kind kind() {
        return kind;
    }

    /** The field path, relative to the value being built; empty for the value itself. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field path. */
    public String reason() {
        return reason;
    }

    /** For an unknown key: the key; otherwise null. */
    String key() {
        return key;
    }
}
