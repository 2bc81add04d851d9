package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link SpecOverride}s to a spec document's tree before binding, and moves the binding's errors to where
 * the overrides were written. Binding stays the only validation: an override only edits the tree.
 */
final class SpecOverrides {
    /** The largest list index a path may name; spec lists are far shorter. */
    private static final int MAX_INDEX = 1_000_000;

    /** One step of a field path: a mapping key, or (key null) a list index. */
    record Step(String key, int index) {
        @Override public String toString() {
            return key != null ? key : "[" + index + "]";
        }
    }

    private SpecOverrides() {}

    /** The steps of {@code path}; the first is always a key. See {@link SpecOverride#parse}. */
    static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0, n = path.length();
        if (n == 0) throw SpecViolation.invalid("", "must be a field path like lights[0].intensity, got an empty string");
        while (i < n) {
            if (!steps.isEmpty()) {
                if (path.charAt(i) != '.') throw bad(path, "expected '.' or '[' at character " + (i + 1));
                i++;
            }
            int start = i;
            while (i < n && isKeyChar(path.charAt(i), i == start)) i++;
            if (i == start) throw bad(path, "expected a key (letters, digits, _) at character " + (i + 1));
            steps.add(new Step(path.substring(start, i), -1));
            while (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                String digits = close < 0 ? "" : path.substring(i + 1, close);
                if (!digits.matches("[0-9]{1,7}") || Integer.parseInt(digits) > MAX_INDEX)
                    throw bad(path, "a list index is [n], n an integer 0.." + MAX_INDEX + ", at character " + (i + 1));
                steps.add(new Step(null, Integer.parseInt(digits)));
                i = close + 1;
            }
            if (steps.size() > SpecLimits.MAX_DEPTH) throw bad(path, "more than " + SpecLimits.MAX_DEPTH + " steps");
        }
        return steps;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }

    private static SpecViolation bad(String path, String why) {
        return SpecViolation.invalid("", "not a field path (like lights[0].intensity): " + Tokens.quote(path) + ": " + why);
    }

    /** Applies the overrides in order; a path that cannot be followed is an error at the override. */
    static void apply(ObjectNode root, List<SpecOverride> overrides) {
        for (SpecOverride o : overrides) apply(root, o);
    }

    private static void apply(ObjectNode root, SpecOverride o) {
        List<Step> steps;
        try {
            steps = steps(o.path());
        } catch (SpecViolation v) {
            throw atPath(o, v.reason());
        }
        checkLimits(o, steps);
        JsonNode node = root;
        String at = "";
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            boolean last = s == steps.size() - 1;
            String next = step.key() != null ? FieldPaths.join(at, step.key()) : at + step;
            if (step.key() != null) {
                if (!(node instanceof ObjectNode map)) throw atPath(o, shown(at, node) + ", not a mapping, so " + next + " cannot be set");
                if (last) {
                    map.set(step.key(), o.value().deepCopy());
                    return;
                }
                JsonNode child = map.get(step.key());
                if (child == null) {
                    if (steps.get(s + 1).key() == null)
                        throw atPath(o, next + " does not exist, so " + next + steps.get(s + 1) + " cannot be set (list entries must exist)");
                    child = map.putObject(step.key());   // a mapping key may be created
                }
                node = child;
            } else {
                if (!(node instanceof ArrayNode list)) throw atPath(o, shown(at, node) + ", not a list, so " + next + " cannot be set");
                if (step.index() >= list.size())
                    throw atPath(o, at + " has " + list.size() + " entries, so " + next + " does not exist (list entries must exist)");
                if (last) {
                    list.set(step.index(), o.value().deepCopy());
                    return;
                }
                node = list.get(step.index());
            }
            at = next;
        }
    }

    /**
     * The document limits the value's own file checked where it was written, checked again where it lands:
     * nesting (the path's steps plus the value's own levels) and the entry counts of {@code objects} and {@code lights}.
     */
    private static void checkLimits(SpecOverride o, List<Step> steps) {
        if (steps.size() + levels(o.value()) > SpecLimits.MAX_DEPTH)
            throw atValue(o, "nested deeper than " + SpecLimits.MAX_DEPTH + " levels where it lands (" + o.path() + ")");
        int max = SpecLimits.maxListLength(o.path());
        if (o.value().isArray() && o.value().size() > max) throw atValue(o, o.path() + " may have at most " + max + " entries");
    }

    /** How many mappings and lists are nested in {@code v}, itself included (0 for a scalar). */
    private static int levels(JsonNode v) {
        int deepest = 0;
        for (JsonNode child : v) deepest = Math.max(deepest, levels(child));
        return v.isContainerNode() ? deepest + 1 : 0;
    }

    private static String shown(String at, JsonNode node) {
        String what = node.isArray() ? "a list" : node.isObject() ? "a mapping" : node.isTextual() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "true or false" : "null";
        return (at.isEmpty() ? "the spec" : at) + " is " + what;
    }

    /** A problem with the override's path, reported where the path was written. */
    private static SpecException atPath(SpecOverride o, String reason) {
        SpecOverride.Origin origin = o.origin();
        return exception(origin, origin.index.keyLocation(origin.pathField), origin.pathField, reason);
    }

    /** A problem with the override's value, reported where the value was written. */
    private static SpecException atValue(SpecOverride o, String reason) {
        SpecOverride.Origin origin = o.origin();
        return exception(origin, origin.index.valueLocation(origin.valueField), origin.valueField, reason);
    }

    /**
     * The binding error {@code e} (located in the spec document), moved to the override that caused it: the last
     * override whose path contains {@code cause}, the field the error is about (a value it set is wrong), else the
     * last one below it (a check over a whole mapping or list failed, e.g. counts summing too high), else the last
     * override. Without overrides, {@code e} itself.
     */
    static SpecException relocate(SpecException e, String cause, List<SpecOverride> overrides) {
        if (overrides.isEmpty()) return e;
        for (int i = overrides.size() - 1; i >= 0; i--) {
            SpecOverride o = overrides.get(i);
            if (within(cause, o.path())) {
                SpecOverride.Origin origin = o.origin();
                String there = origin.valueField + cause.substring(o.path().length());
                return exception(origin, origin.index.valueLocation(there), there, origin.namesTarget ? e.reason()
                        : prefixed(e.field(), e.reason()));
            }
        }
        SpecOverride culprit = overrides.get(overrides.size() - 1);
        for (int i = overrides.size() - 1; i >= 0; i--)
            if (within(overrides.get(i).path(), cause)) {
                culprit = overrides.get(i);
                break;
            }
        SpecOverride.Origin origin = culprit.origin();
        return exception(origin, origin.index.valueLocation(origin.valueField), origin.valueField, prefixed(e.field(), e.reason()));
    }

    /**
     * How the value at {@code field} was written when the last override whose path contains it set it (a split's
     * {@code set} entry, a sweep's value): looked up in the override's own file. Null when no override set it.
     */
    static String shownValue(String field, List<SpecOverride> overrides) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            SpecOverride o = overrides.get(i);
            if (!within(field, o.path())) continue;
            LocationIndex.Entry written = o.origin().index.get(o.origin().valueField + field.substring(o.path().length()));
            return written == null ? null : written.shown();
        }
        return null;
    }

    /** True when {@code field} is {@code path} or lies inside it. */
    static boolean within(String field, String path) {
        return path.isEmpty() || field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }

    private static String prefixed(String field, String reason) {
        return field.isEmpty() ? reason : field + ": " + reason;
    }

    private static SpecException exception(SpecOverride.Origin origin, JsonLocation at, String field, String reason) {
        return new SpecException(origin.source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), field, reason);
    }
}
