package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import mirage.core.geom.Primitive;

/** Reads and writes the built-in {@link Primitive} shapes by their lower-case spec names ({@code cube}, ...). */
final class PrimitiveJson {
    private PrimitiveJson() {}

    /** The module {@link SpecMappers} registers, so any spec field may hold a {@link Primitive}. */
    static SimpleModule module() {
        return new SimpleModule("mirage-primitives").addDeserializer(Primitive.class, new Reader())
                .addSerializer(Primitive.class, new Writer());
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Primitive.values()).map(Primitive::specName).toList());
    }

    static final class Reader extends StdDeserializer<Primitive> {
        Reader() {
            super(Primitive.class);
        }

        @Override public Primitive deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING)
                for (Primitive s : Primitive.values()) if (s.specName().equals(p.getText())) return s;
            throw SpecViolation.invalid("", "must be one of " + names() + ", got " + Tokens.shown(p));
        }
    }

    static final class Writer extends StdSerializer<Primitive> {
        Writer() {
            super(Primitive.class);
        }

        @Override public void serialize(Primitive s, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(s.specName());
        }
    }
}
