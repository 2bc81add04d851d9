package mirage.scenes.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One field-path override, {@code path: value}, applied to a spec document before it is bound (a split's
 * {@code set} entry, a sweep variant's value). The path is written like the field paths of spec errors:
 * {@code lights[0].intensity}, {@code background.image_folder}, {@code objects[2].material}; a mapping key on the
 * way may be created, a list index must exist. The value replaces whatever the path held and is then checked by the
 * ordinary binding, exactly like the rest of the spec.
 *
 * @param path   the field path (see {@link #parse} for the syntax)
 * @param value  the new value, a piece of spec (deep-copied when applied)
 * @param origin where the override was written, so that a problem with it is reported there
 */
public record SpecOverride(String path, JsonNode value, Origin origin) {
    public SpecOverride {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Checks the syntax of a field path: keys ({@code [A-Za-z_][A-Za-z0-9_]*}) joined by dots, each followed by
     * any number of list indices ({@code [0]}); at most {@link SpecLimits#MAX_DEPTH} steps.
     *
     * @return the path's first key (the top-level field it changes)
     * @throws SpecViolation (with an empty field) saying what is wrong
     */
    public static String parse(String path) {
        return SpecOverrides.steps(path).get(0).key();
    }

    /**
     * Where an override was written, for its error messages: a file (as the user named it), the location index
     * of that file, the field of the path there and the field of the value there. Built by the loaders only.
     */
    public static final class Origin {
        final String source;
        final LocationIndex index;
        final String pathField;
        final String valueField;
        /** Whether {@link #valueField} already reads as the spec path (a split's key does; a sweep's value does not). */
        final boolean namesTarget;

        Origin(String source, LocationIndex index, String pathField, String valueField, boolean namesTarget) {
            this.source = source;
            this.index = index;
            this.pathField = pathField;
            this.valueField = valueField;
            this.namesTarget = namesTarget;
        }

        /** The field of the value in its own file, e.g. {@code splits[1].set.background} or {@code axes[0].values[2]}. */
        public String valueField() {
            return valueField;
        }

        @Override public String toString() {
            return source + ": " + valueField;
        }
    }
}
