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
import java.util.Objects;

/** How an object is rotated: written {@code uniform} or {@code {fixed_deg: [rx, ry, rz]}}. */
@JsonDeserialize(using = RotationSpec.Reader.class)
@JsonSerialize(using = RotationSpec.Writer.class)
public sealed interface RotationSpec {
    /** Uniform over SO(3), drawn per instance. */
    record Uniform() implements RotationSpec {}

    /**
     * The same rotation for every instance: Euler angles in degrees, R = Rz(rz) * Ry(ry) * Rx(rx), rotations about
     * the world axes (x is applied first).
     */
    record Fixed(Vec3 degrees) implements RotationSpec {
        public Fixed {
            Objects.requireNonNull(degrees, "degrees");
        }
    }

    final class Reader extends StdDeserializer<RotationSpec> {
        Reader() {
            super(RotationSpec.class);
        }

        @Override public RotationSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("uniform")) return new Uniform();
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be \"uniform\" or {fixed_deg: [rx, ry, rz]}, got " + Tokens.shown(p));
            String key = Tokens.singleKey(p, "", List.of("fixed_deg"));
            List<Double> v = Tokens.numbers(p, key, 3, "a list of 3 angles [rx, ry, rz] in degrees");
            Tokens.endSingleKey(p, "", key);
            return new Fixed(new Vec3(v.get(0), v.get(1), v.get(2)));
        }
    }

    final class Writer extends StdSerializer<RotationSpec> {
        Writer() {
            super(RotationSpec.class);
        }

        @Override public void serialize(RotationSpec r, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (r instanceof Fixed f) {
                g.writeStartObject();
                g.writeFieldName("fixed_deg");
                DistributionJson.writeNumbers(g, List.of(f.degrees().x(), f.degrees().y(), f.degrees().z()));
                g.writeEndObject();
            } else {
                g.writeString("uniform");
            }
        }
    }
}
