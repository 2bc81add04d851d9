package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.scenes.model.Rgb;

/**
 * A random colour, written {@code [<dist>, <dist>, <dist>]} (red, green, blue). Whether the values are sRGB display
 * values or linear is stated by the field that holds it.
 */
@JsonDeserialize(using = ColorSpec.Reader.class)
@JsonSerialize(using = ColorSpec.Writer.class)
public record ColorSpec(Distribution r, Distribution g, Distribution b) {
    public ColorSpec {
        if (r == null || g == null || b == null) throw SpecViolation.invalid("", "needs 3 values [r, g, b]");
    }

    /** A constant grey. */
    public static ColorSpec grey(double v) {
        Distribution c = Distribution.constant(v);
        return new ColorSpec(c, c, c);
    }

    public List<Distribution> channels() {
        return List.of(r, g, b);
    }

    /** Draws red, green, blue in that order. */
    public Rgb sample(RandomGenerator rng) {
        float red = (float) r.sample(rng);
        float green = (float) g.sample(rng);
        float blue = (float) b.sample(rng);
        return new Rgb(red, green, blue);
    }

    /** Checks every channel against {@code range}; problems are reported as {@code field[i]}. */
    void check(String field, Range range) {
        List<Distribution> c = channels();
        for (int i = 0; i < 3; i++) range.check(field + "[" + i + "]", c.get(i));
    }

    /** Reads {@code [<dist>, <dist>, <dist>]} whose first token is current; problems are reported under {@code field}. */
    static ColorSpec read(JsonParser p, String field) throws IOException {
        try {
            return readChannels(p);
        } catch (SpecViolation v) {
            throw v.within(field);
        }
    }

    private static ColorSpec readChannels(JsonParser p) throws IOException {
        Tokens.requireList(p, "", "a list of 3 values [r, g, b]");
        Distribution[] c = new Distribution[3];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == 3) throw SpecViolation.invalid("", "must be a list of 3 values [r, g, b], got more");
            try {
                c[n] = DistributionJson.read(p);
            } catch (SpecViolation v) {
                throw v.within("[" + n + "]");
            }
            n++;
        }
        if (n != 3) throw SpecViolation.invalid("", "must be a list of 3 values [r, g, b], got " + n);
        return new ColorSpec(c[0], c[1], c[2]);
    }

    void write(JsonGenerator gen) throws IOException {
        gen.writeStartArray();
        for (Distribution d : channels()) DistributionJson.write(d, gen);
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
            c.write(g);
        }
    }
}
