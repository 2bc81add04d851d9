package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each value of a spec document is: field path ({@code objects[0].scale}) to the 1-based line and column of
 * its key and of its value. Jackson's own error locations point wherever its parser happened to stop, so errors
 * are located through this index instead. Built in one streaming pass before binding; it also rejects what
 * binding would silently accept: duplicate keys, YAML anchors and aliases, a root that is not a mapping, more than one YAML document.
 */
final class LocationIndex {
    /** One value: where its key is (null for list elements and the root), where it starts, how it looks. */
    record Entry(JsonLocation key, JsonLocation value, String shown, boolean isNull) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final String source;

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
        index.value(p, "", null);
        if (p.nextToken() != null)
            throw index.error(p.currentTokenLocation(), "", "unexpected content after the spec (only one document is allowed)");
        return index;
    }

    private void value(JsonParser p, String path, JsonLocation keyLocation) throws IOException {
        JsonToken t = p.currentToken();
        rejectAnchorsAndAliases(p, path);
        entries.put(path, new Entry(keyLocation, p.currentTokenLocation(), Tokens.shown(p), t == JsonToken.VALUE_NULL));
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = FieldPaths.join(path, p.currentName());
                JsonLocation at = p.currentTokenLocation();
                if (entries.containsKey(child)) throw error(at, path, "duplicate key '" + p.currentName() + "'");
                p.nextToken();
                value(p, child, at);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) value(p, path + "[" + i++ + "]", null);
        }
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
