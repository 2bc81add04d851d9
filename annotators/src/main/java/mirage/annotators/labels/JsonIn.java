package mirage.annotators.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * Typed access to the fields of a JSON tree for the label readers. Every failure is a {@link LabelFormatException}
 * whose message starts with the JSON path ({@code $.instances[2].rotation}).
 */
public final class JsonIn {
    private JsonIn() {
    }

    /** Reads a value from a JSON tree. */
    @FunctionalInterface
    public interface Read<T> {
        T read() throws LabelFormatException;
    }

    /** Parses the JSON value at {@code path}. */
    @FunctionalInterface
    public interface Parse<T> {
        T parse(JsonNode value, String path) throws LabelFormatException;
    }

    public static LabelFormatException error(String path, String problem) {
        return new LabelFormatException(path + ": " + problem);
    }

    /**
     * Runs {@code read}, turning the argument errors of the record constructors it calls into format errors
     * {@code where: message}; its format errors pass through.
     */
    public static <T> T build(String where, Read<T> read) throws LabelFormatException {
        try {
            return read.read();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(where, e.getMessage());
        }
    }

    /** Rejects keys of {@code obj} that are not in {@code known}. */
    public static void onlyKeys(JsonNode obj, String path, Collection<String> known) throws LabelFormatException {
        object(obj, path);
        for (Iterator<String> it = obj.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!known.contains(key)) throw error(path + "." + key, "unknown key (expected one of " + known + ")");
        }
    }

    public static JsonNode object(JsonNode node, String path) throws LabelFormatException {
        if (node == null || !node.isObject()) throw error(path, "expected an object");
        return node;
    }

    public static JsonNode field(JsonNode obj, String key, String path) throws LabelFormatException {
        JsonNode v = object(obj, path).get(key);
        if (v == null || v.isNull()) throw error(path + "." + key, "missing");
        return v;
    }

    /** The field, or null when it is absent or JSON null. */
    public static JsonNode optional(JsonNode obj, String key) {
        JsonNode v = obj.get(key);
        return v == null || v.isNull() ? null : v;
    }

    /** The parsed field, or null when it is absent or JSON null. */
    public static <T> T optional(JsonNode obj, String key, String path, Parse<T> parse) throws LabelFormatException {
        JsonNode v = optional(obj, key);
        return v == null ? null : parse.parse(v, path + "." + key);
    }

    public static JsonNode array(JsonNode obj, String key, String path) throws LabelFormatException {
        JsonNode v = field(obj, key, path);
        if (!v.isArray()) throw error(path + "." + key, "expected an array");
        return v;
    }

    public static String text(JsonNode obj, String key, String path) throws LabelFormatException {
        JsonNode v = field(obj, key, path);
        if (!v.isTextual()) throw error(path + "." + key, "expected a string, got " + v);
        return v.textValue();
    }

    public static boolean bool(JsonNode obj, String key, String path) throws LabelFormatException {
        JsonNode v = field(obj, key, path);
        if (!v.isBoolean()) throw error(path + "." + key, "expected true or false, got " + v);
        return v.booleanValue();
    }

    public static long int64(JsonNode v, String path) throws LabelFormatException {
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw error(path, "expected an integer, got " + v);
        }
        return v.asLong();
    }

    public static long int64(JsonNode obj, String key, String path) throws LabelFormatException {
        return int64(field(obj, key, path), path + "." + key);
    }

    public static int int32(JsonNode obj, String key, String path) throws LabelFormatException {
        long v = int64(obj, key, path);
        if (v != (int) v) throw error(path + "." + key, v + " does not fit in an int");
        return (int) v;
    }

    public static double number(JsonNode v, String path) throws LabelFormatException {
        if (!v.isNumber()) throw error(path, "expected a number, got " + v);
        return v.doubleValue();
    }

    public static double number(JsonNode obj, String key, String path) throws LabelFormatException {
        return number(field(obj, key, path), path + "." + key);
    }

    /** A flat array of exactly {@code n} numbers. */
    public static double[] numbers(JsonNode v, String path, int n) throws LabelFormatException {
        if (!v.isArray() || v.size() != n) throw error(path, "expected an array of " + n + " numbers");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = number(v.get(i), path + "[" + i + "]");
        return out;
    }

    /** A nested array of {@code rows} arrays of {@code cols} numbers, flattened row-major. */
    public static double[] rows(JsonNode v, String path, int rows, int cols) throws LabelFormatException {
        if (!v.isArray() || v.size() != rows) {
            throw error(path, "expected " + rows + " rows of " + cols + " numbers");
        }
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            double[] row = numbers(v.get(r), path + "[" + r + "]", cols);
            System.arraycopy(row, 0, out, r * cols, cols);
        }
        return out;
    }

    public static PixelBox box(JsonNode v, String path) throws LabelFormatException {
        if (!v.isArray() || v.size() != 4) throw error(path, "expected [x, y, w, h]");
        long[] b = new long[4];
        for (int i = 0; i < 4; i++) b[i] = int64(v.get(i), path + "[" + i + "]");
        try {
            return new PixelBox(Math.toIntExact(b[0]), Math.toIntExact(b[1]), Math.toIntExact(b[2]),
                    Math.toIntExact(b[3]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(path, e.getMessage());
        }
    }

    /** A COCO compressed RLE object {@code {"size": [h, w], "counts": "..."}}. */
    public static Rle rle(JsonNode v, String path) throws LabelFormatException {
        onlyKeys(v, path, Set.of("size", "counts"));
        JsonNode size = array(v, "size", path);
        if (size.size() != 2) throw error(path + ".size", "expected [height, width]");
        long h = int64(size.get(0), path + ".size[0]");
        long w = int64(size.get(1), path + ".size[1]");
        try {
            return new Rle(Math.toIntExact(h), Math.toIntExact(w), text(v, "counts", path));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(path, e.getMessage());
        }
    }
}
