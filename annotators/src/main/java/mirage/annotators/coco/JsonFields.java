package mirage.annotators.coco;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to required JSON fields; failures name the JSON path. */
final class JsonFields {
    private JsonFields() {
    }

    static JsonNode field(JsonNode obj, String name, String path) throws CocoFormatException {
        if (!obj.isObject()) throw new CocoFormatException(path + ": expected an object");
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) throw new CocoFormatException(path + "." + name + ": missing");
        return v;
    }

    static JsonNode array(JsonNode obj, String name, String path) throws CocoFormatException {
        JsonNode v = field(obj, name, path);
        if (!v.isArray()) throw new CocoFormatException(path + "." + name + ": expected an array");
        return v;
    }

    static String text(JsonNode obj, String name, String path) throws CocoFormatException {
        JsonNode v = field(obj, name, path);
        if (!v.isTextual()) throw new CocoFormatException(path + "." + name + ": expected a string");
        return v.textValue();
    }

    static long integer(JsonNode obj, String name, String path) throws CocoFormatException {
        return integer(field(obj, name, path), path + "." + name);
    }

    static long integer(JsonNode v, String path) throws CocoFormatException {
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw new CocoFormatException(path + ": expected an integer, got " + v);
        }
        return v.asLong();
    }

    static int int32(JsonNode obj, String name, String path) throws CocoFormatException {
        long v = integer(obj, name, path);
        if (v != (int) v) throw new CocoFormatException(path + "." + name + ": " + v + " does not fit in an int");
        return (int) v;
    }

    /** The array {@code obj.name} as ints, requiring exactly {@code length} integer elements. */
    static int[] ints(JsonNode obj, String name, String path, int length) throws CocoFormatException {
        JsonNode arr = array(obj, name, path);
        if (arr.size() != length) {
            throw new CocoFormatException(path + "." + name + ": expected " + length + " numbers, got " + arr.size());
        }
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            long v = integer(arr.get(i), path + "." + name + "[" + i + "]");
            if (v != (int) v) throw new CocoFormatException(path + "." + name + "[" + i + "]: " + v + " out of range");
            out[i] = (int) v;
        }
        return out;
    }
}
