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

/**
 * An object's scale factor, &gt; 0, applied in the asset's own axes before the rotation: written {@code <dist>}
 * (one draw for all three axes) or {@code [<dist>, <dist>, <dist>]} (x, y, z of the asset, each drawn).
 */
@JsonDeserialize(using = ScaleSpec.Reader.class)
@JsonSerialize(using = ScaleSpec.Writer.class)
public sealed interface ScaleSpec {
    /** Scale 1. */
    ScaleSpec ONE = new Uniform(Distribution.constant(1));

    /** One factor for all axes, drawn once. */
    record Uniform(Distribution factor) implements ScaleSpec {
        public Uniform {
            Objects.requireNonNull(factor, "factor");
            Range.positive().within(Bound.FACTOR).check("", factor);
        }
    }

    /** One factor per asset axis, drawn x, y, z in that order. */
    record PerAxis(Distribution x, Distribution y, Distribution z) implements ScaleSpec {
        public PerAxis {
            if (x == null || y == null || z == null) throw SpecViolation.invalid("", "needs 3 values [x, y, z]");
            List<Distribution> axes = List.of(x, y, z);
            for (int i = 0; i < 3; i++) Range.positive().within(Bound.FACTOR).check("[" + i + "]", axes.get(i));
        }

        public List<Distribution> axes() {
            return List.of(x, y, z);
        }
    }

    final class Reader extends StdDeserializer<ScaleSpec> {
        Reader() {
            super(ScaleSpec.class);
        }

        @Override public ScaleSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) return new Uniform(DistributionJson.read(p));
            Distribution[] axes = new Distribution[3];
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n == 3) throw SpecViolation.invalid("", "must be one value or a list of 3 [x, y, z], got more than 3");
                try {
                    axes[n] = DistributionJson.read(p);
                } catch (SpecViolation v) {
                    throw v.within("[" + n + "]");
                }
                n++;
            }
            if (n != 3) throw SpecViolation.invalid("", "must be one value or a list of 3 [x, y, z], got " + n + " values");
            return new PerAxis(axes[0], axes[1], axes[2]);
        }
    }

    final class Writer extends StdSerializer<ScaleSpec> {
        Writer() {
            super(ScaleSpec.class);
        }

        @Override public void serialize(ScaleSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (s instanceof PerAxis a) {
                g.writeStartArray();
                for (Distribution d : a.axes()) DistributionJson.write(d, g);
                g.writeEndArray();
            } else {
                DistributionJson.write(((Uniform) s).factor(), g);
            }
        }
    }
}
