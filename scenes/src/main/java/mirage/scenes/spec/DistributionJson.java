package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/** Reads and writes {@link Distribution}s in the spec's shapes (see there). */
final class DistributionJson {
    static final List<String> KINDS = List.of("constant", "uniform", "normal", "choice", "int_uniform");
    private static final List<String> NORMAL_KEYS = List.of("mean", "std", "min", "max");

    private DistributionJson() {}

    /** Reads the distribution whose first token is current. Problems are relative to the distribution. */
    static Distribution read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != null && t.isNumeric()) return new Distribution.Constant(Tokens.number(p, ""));
        if (t != JsonToken.START_OBJECT)
            throw SpecViolation.invalid("", "must be a number or a distribution ({uniform: [a, b]}, {normal: [mean, std]}, "
                    + "{choice: [...]}, {int_uniform: [a, b]}), got " + Tokens.shown(p));
        String kind = Tokens.singleKey(p, "", KINDS);
        Distribution d = readKind(p, kind);
        Tokens.endSingleKey(p, "", kind);
        return d;
    }

    private static Distribution readKind(JsonParser p, String kind) throws IOException {
        return switch (kind) {
            case "constant" -> new Distribution.Constant(Tokens.number(p, ""));
            case "uniform" -> {
                List<Double> ab = Tokens.numbers(p, "", 2, "[a, b]");
                yield new Distribution.Uniform(ab.get(0), ab.get(1));
            }
            case "normal" -> readNormal(p);
            case "choice" -> new Distribution.Choice(Tokens.numbers(p, ""));
            case "int_uniform" -> readIntUniform(p);
            default -> throw new IllegalStateException(kind);
        };
    }

    private static Distribution readNormal(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            List<Double> ms = Tokens.numbers(p, "", 2, "[mean, std] or {mean, std, min, max}");
            return new Distribution.Normal(ms.get(0), ms.get(1));
        }
        if (p.currentToken() != JsonToken.START_OBJECT)
            throw SpecViolation.invalid("", "normal must be [mean, std] or {mean, std, min, max}, got " + Tokens.shown(p));
        Double mean = null, std = null;
        double min = Double.NEGATIVE_INFINITY, max = Double.POSITIVE_INFINITY;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "mean" -> mean = Tokens.number(p, "normal.mean");
                case "std" -> std = Tokens.number(p, "normal.std");
                case "min" -> min = Tokens.number(p, "normal.min");
                case "max" -> max = Tokens.number(p, "normal.max");
                default -> throw SpecViolation.unknownKey("normal", key, NORMAL_KEYS);
            }
        }
        if (mean == null) throw SpecViolation.missing("normal.mean");
        if (std == null) throw SpecViolation.missing("normal.std");
        return new Distribution.Normal(mean, std, min, max);
    }

    private static Distribution readIntUniform(JsonParser p) throws IOException {
        Tokens.requireList(p, "", "[a, b] (integers)");
        long[] ab = new long[2];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == 2) throw SpecViolation.invalid("", "int_uniform must be [a, b] (integers), got more than 2 values");
            ab[n] = Tokens.integer(p, "int_uniform[" + n + "]");
            n++;
        }
        if (n != 2) throw SpecViolation.invalid("", "int_uniform must be [a, b] (integers), got " + n + " values");
        return new Distribution.IntUniform(ab[0], ab[1]);
    }

    /** Writes the distribution in the same shape a spec file uses (a constant as a bare number). */
    static void write(Distribution d, JsonGenerator g) throws IOException {
        if (d instanceof Distribution.Constant c) {
            writeNumber(g, c.value());
            return;
        }
        g.writeStartObject();
        if (d instanceof Distribution.Uniform u) {
            g.writeFieldName("uniform");
            writeNumbers(g, List.of(u.a(), u.b()));
        } else if (d instanceof Distribution.Normal n) {
            writeNormal(g, n);
        } else if (d instanceof Distribution.Choice c) {
            g.writeFieldName("choice");
            writeNumbers(g, c.values());
        } else if (d instanceof Distribution.IntUniform i) {
            g.writeFieldName("int_uniform");
            g.writeStartArray();
            g.writeNumber(i.a());
            g.writeNumber(i.b());
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeNormal(JsonGenerator g, Distribution.Normal n) throws IOException {
        g.writeFieldName("normal");
        if (!n.truncated()) {
            writeNumbers(g, List.of(n.mean(), n.std()));
            return;
        }
        g.writeStartObject();
        g.writeFieldName("mean");
        writeNumber(g, n.mean());
        g.writeFieldName("std");
        writeNumber(g, n.std());
        if (!Double.isInfinite(n.min())) {
            g.writeFieldName("min");
            writeNumber(g, n.min());
        }
        if (!Double.isInfinite(n.max())) {
            g.writeFieldName("max");
            writeNumber(g, n.max());
        }
        g.writeEndObject();
    }

    /** Integral values as integers (so an integer field reads them back), others as doubles. */
    static void writeNumber(JsonGenerator g, double v) throws IOException {
        boolean negativeZero = Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0);
        if (Numbers.isExactInteger(v) && !negativeZero) g.writeNumber((long) v);
        else g.writeNumber(v);
    }

    static void writeNumbers(JsonGenerator g, List<Double> values) throws IOException {
        g.writeStartArray();
        for (double v : values) writeNumber(g, v);
        g.writeEndArray();
    }

    static final class Reader extends StdDeserializer<Distribution> {
        Reader() {
            super(Distribution.class);
        }

        @Override public Distribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p);
        }
    }

    static final class Writer extends StdSerializer<Distribution> {
        Writer() {
            super(Distribution.class);
        }

        @Override public void serialize(Distribution d, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(d, g);
        }
    }
}
