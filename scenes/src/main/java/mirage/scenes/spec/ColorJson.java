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

/** Reads, writes and range-checks {@link ColorSpec}s in the spec's shapes (see there). */
final class ColorJson {
    private ColorJson() {}

    /**
     * Checks a colour against the channel range of the field holding it: every red, green and blue value it can
     * give must lie in {@code range}; problems are reported as {@code field[i]}. HSV colours give 0..1, which every
     * colour field allows.
     */
    static void check(ColorSpec color, String field, Range range) {
        if (color instanceof ColorSpec.Rgb c) {
            List<Distribution> channels = List.of(c.r(), c.g(), c.b());
            for (int i = 0; i < 3; i++) range.check(field + "[" + i + "]", channels.get(i));
        } else if (!range.contains(0) || !range.contains(1)) {
            throw SpecViolation.invalid(field, "an HSV colour gives channels 0..1; this field needs [r, g, b] that " + range.describe());
        }
    }

    /** Reads {@code [r, g, b]} or {@code {hsv: [h, s, v]}} whose first token is current; problems are reported under {@code field}. */
    static ColorSpec read(JsonParser p, String field) throws IOException {
        try {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                Tokens.singleKey(p, "", List.of("hsv"));
                Distribution[] hsv = readThree(p, "hsv", "[h, s, v]");
                Tokens.endSingleKey(p, "", "hsv");
                return new ColorSpec.Hsv(hsv[0], hsv[1], hsv[2]);
            }
            if (p.currentToken() != JsonToken.START_ARRAY)
                throw SpecViolation.invalid("", "must be [r, g, b] or {hsv: [h, s, v]}, got " + Tokens.shown(p));
            Distribution[] rgb = readThree(p, "", "[r, g, b]");
            return new ColorSpec.Rgb(rgb[0], rgb[1], rgb[2]);
        } catch (SpecViolation v) {
            throw v.within(field);
        }
    }

    private static Distribution[] readThree(JsonParser p, String field, String shape) throws IOException {
        Tokens.requireList(p, field, "a list of 3 values " + shape);
        Distribution[] c = new Distribution[3];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == 3) throw SpecViolation.invalid(field, "must be a list of 3 values " + shape + ", got more");
            try {
                c[n] = DistributionJson.read(p);
            } catch (SpecViolation v) {
                throw v.within(field + "[" + n + "]");
            }
            n++;
        }
        if (n != 3) throw SpecViolation.invalid(field, "must be a list of 3 values " + shape + ", got " + n);
        return c;
    }

    /** Writes the colour in the shape it is read in. */
    static void write(ColorSpec color, JsonGenerator gen) throws IOException {
        if (color instanceof ColorSpec.Hsv h) {
            gen.writeStartObject();
            gen.writeFieldName("hsv");
            writeThree(gen, h.hueDeg(), h.saturation(), h.value());
            gen.writeEndObject();
        } else {
            ColorSpec.Rgb c = (ColorSpec.Rgb) color;
            writeThree(gen, c.r(), c.g(), c.b());
        }
    }

    private static void writeThree(JsonGenerator gen, Distribution a, Distribution b, Distribution c) throws IOException {
        gen.writeStartArray();
        for (Distribution d : List.of(a, b, c)) DistributionJson.write(d, gen);
        gen.writeEndArray();
    }

    static final class Reader extends StdDeserializer<ColorSpec> {
        Reader() {
            super(ColorSpec.class);
        }

        @Override public ColorSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, "");
        }
    }

    static final class Writer extends StdSerializer<ColorSpec> {
        Writer() {
            super(ColorSpec.class);
        }

        @Override public void serialize(ColorSpec c, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(c, g);
        }
    }
}
