package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Turns what goes wrong while binding a spec into one {@link SpecException} with file, line, column and field. */
final class SpecErrors {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final String source;
    private final LocationIndex index;

    SpecErrors(String source, LocationIndex index) {
        this.source = source;
        this.index = index;
    }

    /** A parse error: the parser's own location and message. */
    static SpecException malformed(String source, SpecFormat format, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = oneLine(e.getOriginalMessage());
        return new SpecException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                "malformed " + format + ": " + message);
    }

    /**
     * The parser message on one line, without SnakeYAML's source excerpts (an " in 'reader', line l, column c:" line
     * followed by the quoted source line and a caret line); the location is already in front of the message.
     */
    private static String oneLine(String message) {
        List<String> kept = new ArrayList<>();
        String[] lines = message.strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("in 'reader'") || line.startsWith("in 'string'")) {
                if (i + 2 < lines.length && lines[i + 2].strip().matches("\\^+")) i += 2;
                continue;
            }
            if (!line.isEmpty()) kept.add(line);
        }
        return String.join("; ", kept);
    }

    /**
     * A binding error, located through the index. A value quoted in the message is the one bound: where an override
     * set it, as written in the override's own file (see {@link SpecOverrides#shownValue}).
     */
    SpecException translate(JsonMappingException e, List<SpecOverride> overrides) {
        String path = pathOf(e);
        SpecViolation v = violationIn(e);
        if (v != null) return fromViolation(FieldPaths.join(path, v.field()), v);
        if (e instanceof PropertyBindingException pb) return unknownKey(path, pb);
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null)
            return at(index.valueLocation(path), path, expectation(mi.getTargetType()) + ", got " + shown(path, overrides));
        if (e.getCause() instanceof InputCoercionException)
            return at(index.valueLocation(path), path, "number out of range, got " + shown(path, overrides));
        return at(index.valueLocation(path), path, e.getOriginalMessage());
    }

    /**
     * The field a binding error is about: its field, or for an unknown key the key itself (so that an override
     * which created the key can be found).
     */
    String causePath(JsonMappingException e) {
        String path = pathOf(e);
        SpecViolation v = violationIn(e);
        if (v == null) return path;
        String field = FieldPaths.join(path, v.field());
        return v.kind() == SpecViolation.Kind.UNKNOWN_KEY ? FieldPaths.join(field, v.key()) : field;
    }

    /** An explicit null where the spec had a key with no value. */
    SpecException nullValue(String path) {
        return at(index.valueLocation(path), path, "must not be null; give a value, or leave the key out to use the default");
    }

    private SpecException fromViolation(String field, SpecViolation v) {
        return switch (v.kind()) {
            case UNKNOWN_KEY -> at(index.keyLocation(FieldPaths.join(field, v.key())), field, v.reason());
            case MISSING -> {
                LocationIndex.Entry e = index.get(field);
                String reason = e != null && e.isNull() ? "must not be null (a value is required)" : v.reason();
                yield at(index.valueLocation(field), field, reason);
            }
            case INVALID -> at(index.valueLocation(field), field, v.reason());
        };
    }

    private SpecException unknownKey(String path, PropertyBindingException e) {
        String parent = FieldPaths.parent(path);
        String reason = "unknown key '" + e.getPropertyName() + "' (known: " + String.join(", ", knownKeys(e)) + ")";
        return at(index.keyLocation(path), parent == null ? "" : parent, reason);
    }

    /** Known keys in declaration order for records, else as Jackson lists them. */
    private static List<String> knownKeys(PropertyBindingException e) {
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            List<String> keys = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents())
                if (!c.getAccessor().isAnnotationPresent(JsonIgnore.class)) keys.add(SNAKE.translate(c.getName()));
            return keys;
        }
        Collection<Object> ids = e.getKnownPropertyIds();
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    private static String expectation(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "must be an integer";
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) return "must be a number";
        if (type == Boolean.class || type == boolean.class) return "must be true or false";
        if (type == String.class) return "must be a string";
        if (type.isEnum()) return "must be one of " + String.join(", ", enumNames(type));
        if (Collection.class.isAssignableFrom(type)) return "must be a list";
        if (type == AmbientOcclusionSpec.class) return "must be true, false or a mapping (key: value)";
        return "must be a mapping (key: value)";
    }

    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
    }

    private String shown(String path, List<SpecOverride> overrides) {
        String set = SpecOverrides.shownValue(path, overrides);
        if (set != null) return set;
        LocationIndex.Entry e = index.get(path);
        return e == null ? "nothing" : e.shown();
    }

    private SpecException at(JsonLocation location, String field, String reason) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new SpecException(source, line, column, field, reason);
    }

    private static String pathOf(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) path = FieldPaths.join(path, r.getFieldName());
            else if (r.getIndex() >= 0) path = path + "[" + r.getIndex() + "]";
        }
        return path;
    }

    private static SpecViolation violationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof SpecViolation v) return v;
        return null;
    }
}
