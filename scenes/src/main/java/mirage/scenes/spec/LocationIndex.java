package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each value of a spec document is: field path ({@code objects[0].scale}) to the 1-based line and column of
 * its key and of its value. Jackson's own error locations point wherever its parser happened to stop, so errors
 * are located through this index instead. Built in one streaming pass before binding; it also rejects what
 * binding would silently accept: duplicate keys, YAML anchors and aliases, a root that is not a mapping, more than one YAML document;
 * and anything over the {@link SpecLimits} (nesting, string, key and number length, list length, number of
 * values), naming the field and line of the first value that crosses one. Recursion is bounded by
 * {@link SpecLimits#MAX_DEPTH}, memory by {@link SpecLimits#MAX_VALUES} and {@link SpecLimits#MAX_PATH_CHARS}.
 */
final class LocationIndex {
    /** One value: where its key is (null for list elements and the root), where it starts, how it looks. */
    record Entry(JsonLocation key, JsonLocation value, String shown, boolean isNull) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final String source;
    private long pathChars;
    /** The field whose token the parser is reading, for a limit the parser itself enforces. */
    private String reading = "";
    /** Whether that token is a key of the mapping {@link #reading} (a JSON parser reads the value with it). */
    private boolean readingKey;

    private LocationIndex(String source) {
        this.source = source;
    }

    /** Indexes the document {@code p} reads; {@code source} names the file in errors. */
    static LocationIndex build(JsonParser p, String source) throws IOException {
        LocationIndex index = new LocationIndex(source);
        JsonToken first = p.nextToken();
        if (first == null) throw new SpecException(source, 0, 0, "", "the spec file is empty");
        if (first != JsonToken.START_OBJECT)
            throw index.error(p.currentTokenLocation(), "", "the spec must be a mapping (key: value lines), got " + Tokens.shown(p));
        try {
            index.value(p, "", null, 0);
        } catch (StreamConstraintsException e) {
            throw index.error(p.currentLocation(), index.parserLimitField(p, e), parserLimit(e));
        }
        if (p.nextToken() != null)
            throw index.error(p.currentTokenLocation(), "", "unexpected content after the spec (only one document is allowed)");
        return index;
    }

    /** Indexes the value whose first token is current; {@code depth} counts the mappings and lists around it. */
    private void value(JsonParser p, String path, JsonLocation keyLocation, int depth) throws IOException {
        JsonToken t = p.currentToken();
        rejectAnchorsAndAliases(p, path);
        checkLimits(p, t, path, depth);
        entries.put(path, new Entry(keyLocation, p.currentTokenLocation(), Tokens.shown(p), t == JsonToken.VALUE_NULL));
        if (t == JsonToken.START_OBJECT) {
            while (true) {
                reading = path;
                readingKey = true;
                if (p.nextToken() != JsonToken.FIELD_NAME) break;
                readingKey = false;
                JsonLocation at = p.currentTokenLocation();
                String name = p.currentName();
                if (name.length() > SpecLimits.MAX_KEY)
                    throw error(at, path, "a key is longer than " + SpecLimits.MAX_KEY + " characters");
                String child = FieldPaths.join(path, name);
                if (entries.containsKey(child)) throw error(at, path, "duplicate key '" + name + "'");
                reading = child;
                p.nextToken();
                value(p, child, at, depth + 1);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int max = SpecLimits.maxListLength(path);
            for (int i = 0; ; i++) {
                String element = path + "[" + i + "]";
                reading = element;
                readingKey = false;
                if (p.nextToken() == JsonToken.END_ARRAY) break;
                if (i == max) throw error(p.currentTokenLocation(), path, "more than " + max + " entries");
                value(p, element, null, depth + 1);
            }
        }
    }

    private void checkLimits(JsonParser p, JsonToken t, String path, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (entries.size() >= SpecLimits.MAX_VALUES)
            throw error(at, path, "the spec holds more than " + SpecLimits.MAX_VALUES + " values");
        pathChars += path.length();
        if (pathChars > SpecLimits.MAX_PATH_CHARS)
            throw error(at, path, "the spec's field paths are longer than " + SpecLimits.MAX_PATH_CHARS + " characters in all");
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= SpecLimits.MAX_DEPTH)
            throw error(at, path, "nested deeper than " + SpecLimits.MAX_DEPTH + " levels");
        if (t == JsonToken.VALUE_STRING && p.getTextLength() > SpecLimits.MAX_STRING)
            throw error(at, path, "a string longer than " + SpecLimits.MAX_STRING + " characters");
        if (t != null && t.isNumeric() && p.getTextLength() > SpecLimits.MAX_NUMBER)
            throw error(at, path, "a number written with more than " + SpecLimits.MAX_NUMBER + " characters");
    }

    /**
     * The field a parser-enforced limit was crossed in: a JSON parser reads a key and its scalar value in one step,
     * so a value over a limit there belongs to the key just read.
     */
    private String parserLimitField(JsonParser p, StreamConstraintsException e) throws IOException {
        String name = p.currentName();
        boolean keyItself = e.getOriginalMessage().startsWith("Name length");
        return readingKey && !keyItself && name != null ? FieldPaths.join(reading, name) : reading;
    }

    /** The reason for a limit Jackson's parser enforced (see {@link SpecLimits#jacksonConstraints}), worded as ours. */
    private static String parserLimit(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Number value length")) return "a number written with more than " + SpecLimits.MAX_NUMBER + " characters";
        if (m.startsWith("String value length")) return "a string longer than " + SpecLimits.MAX_STRING + " characters";
        if (m.startsWith("Name length")) return "a key is longer than " + SpecLimits.MAX_KEY + " characters";
        if (m.startsWith("Document nesting depth")) return "nested deeper than " + SpecLimits.MAX_DEPTH + " levels";
        return "the spec is too large: " + m.replaceAll(", from `[^`]*`", "");
    }

    /** Jackson passes a YAML alias on as its anchor's name (a string), so they would silently mean the wrong thing. */
    private void rejectAnchorsAndAliases(JsonParser p, String path) throws IOException {
        if (p instanceof YAMLParser y && y.isCurrentAlias())
            throw error(p.currentTokenLocation(), path, "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
        if (p.canReadObjectId() && p.getObjectId() != null)
            throw error(p.currentTokenLocation(), path, "YAML anchors (&" + p.getObjectId() + ") are not supported; write the value out");
    }

    private SpecException error(JsonLocation at, String field, String reason) {
        return new SpecException(source, at.getLineNr(), at.getColumnNr(), field, reason);
    }

    /** The entry at exactly {@code path}, or null. */
    Entry get(String path) {
        return entries.get(path);
    }

    /** Where the value at {@code path} starts, or where its nearest indexed ancestor starts. */
    JsonLocation valueLocation(String path) {
        for (String p = path; p != null; p = FieldPaths.parent(p)) {
            Entry e = entries.get(p);
            if (e != null) return e.value();
        }
        return null;
    }

    /** Where the key of {@code path} is, else where its value (or an ancestor's) starts. */
    JsonLocation keyLocation(String path) {
        Entry e = entries.get(path);
        return e != null && e.key() != null ? e.key() : valueLocation(path);
    }

    /** The path of the first explicit null in document order, or null if there is none. */
    String firstNull() {
        for (Map.Entry<String, Entry> e : entries.entrySet()) if (e.getValue().isNull()) return e.getKey();
        return null;
    }
}
