package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small helpers for the hand-written deserializers. Each reads the value whose first token is current and
 * leaves the parser on its last token; problems are thrown as {@link SpecViolation}s relative to that value.
 * Strings are never taken for numbers.
 */
final class Tokens {
    /** The most values one list may hold (a choice list); more is certainly a mistake. */
    static final int MAX_LIST = 100_000;

    private Tokens() {}

    /** How the current value looks in a message: {@code "ten"}, {@code 2.5}, {@code a list}. */
    static String shown(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) return "nothing";
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> quote(p.getText());
            default -> p.getText();
        };
    }

    static String quote(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }

    /** A finite number. */
    static double number(JsonParser p, String field) throws IOException {
        if (!p.currentToken().isNumeric())
            throw SpecViolation.invalid(field, "must be a number, got " + shown(p));
        double v;
        try {
            v = p.getDoubleValue();
        } catch (StreamReadException e) {
            throw SpecViolation.invalid(field, "must be a finite number, got " + p.getText());
        }
        if (!Double.isFinite(v)) throw SpecViolation.invalid(field, "must be a finite number, got " + p.getText());
        return v;
    }

    /** An integer written without a fraction, within the long range. */
    static long integer(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT)
            throw SpecViolation.invalid(field, "must be an integer, got " + shown(p));
        try {
            return p.getLongValue();
        } catch (InputCoercionException e) {
            throw SpecViolation.invalid(field, "integer out of range, got " + p.getText());
        }
    }

    /** A list of finite numbers; {@code field} names the list. */
    static List<Double> numbers(JsonParser p, String field) throws IOException {
        requireList(p, field, "a list of numbers");
        List<Double> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (out.size() == MAX_LIST) throw SpecViolation.invalid(field, "more than " + MAX_LIST + " values");
            out.add(number(p, field + "[" + out.size() + "]"));
        }
        return out;
    }

    /** A list of exactly {@code n} numbers, as in {@code uniform: [a, b]}. */
    static List<Double> numbers(JsonParser p, String field, int n, String shape) throws IOException {
        requireList(p, field, shape);
        List<Double> out = numbers(p, field);
        if (out.size() != n) throw SpecViolation.invalid(field, "must be " + shape + ", got " + out.size() + " values");
        return out;
    }

    static void requireList(JsonParser p, String field, String shape) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY)
            throw SpecViolation.invalid(field, "must be " + shape + ", got " + shown(p));
    }

    /**
     * Reads the single key of a one-key mapping like {@code {uniform: [1, 2]}} and moves to its value; the caller
     * reads the value, then calls {@link #endSingleKey}.
     */
    static String singleKey(JsonParser p, String field, List<String> known) throws IOException {
        String key = p.nextFieldName();
        if (key == null)
            throw SpecViolation.invalid(field, "needs exactly one key (one of " + String.join(", ", known) + "), got {}");
        if (!known.contains(key)) throw SpecViolation.unknownKey(field, key, known);
        p.nextToken();
        return key;
    }

    static void endSingleKey(JsonParser p, String field, String key) throws IOException {
        if (p.nextToken() != JsonToken.END_OBJECT)
            throw SpecViolation.invalid(field, "takes exactly one key, got '" + key + "' and '" + p.currentName() + "'");
    }
}
