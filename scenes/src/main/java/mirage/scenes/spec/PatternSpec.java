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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mirage.scenes.model.Material;

/**
 * The patterns a procedural surface picks from, each equally likely: written as one name ({@code checker}) or a
 * list of names ({@code [checker, stripes, noise]}); a name may be listed twice to make it twice as likely.
 *
 * @param choices at least one pattern
 */
@JsonDeserialize(using = PatternSpec.Reader.class)
@JsonSerialize(using = PatternSpec.Writer.class)
public record PatternSpec(List<Material.Pattern> choices) {
    /** Most names one list may hold. */
    static final int MAX_CHOICES = 1000;

    public PatternSpec {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) throw SpecViolation.invalid("", "needs at least one pattern (" + names() + ")");
    }

    /** One pattern, always. */
    public static PatternSpec of(Material.Pattern pattern) {
        return new PatternSpec(List.of(pattern));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Material.Pattern.values()).map(Material.Pattern::specName).toList());
    }

    private static Material.Pattern pattern(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING)
            for (Material.Pattern m : Material.Pattern.values()) if (m.specName().equals(p.getText())) return m;
        throw SpecViolation.invalid(field, "must be one of " + names() + ", got " + Tokens.shown(p));
    }

    static final class Reader extends StdDeserializer<PatternSpec> {
        Reader() {
            super(PatternSpec.class);
        }

        @Override public PatternSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) return of(pattern(p, ""));
            List<Material.Pattern> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (out.size() == MAX_CHOICES) throw SpecViolation.invalid("", "more than " + MAX_CHOICES + " patterns");
                out.add(pattern(p, "[" + out.size() + "]"));
            }
            return new PatternSpec(out);
        }
    }

    static final class Writer extends StdSerializer<PatternSpec> {
        Writer() {
            super(PatternSpec.class);
        }

        @Override public void serialize(PatternSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (s.choices.size() == 1) {
                g.writeString(s.choices.get(0).specName());
                return;
            }
            g.writeStartArray();
            for (Material.Pattern m : s.choices) g.writeString(m.specName());
            g.writeEndArray();
        }
    }
}
