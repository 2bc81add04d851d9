package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.joml.Vector3d;

/** A fixed 3-vector, written {@code [x, y, z]}; a world point in metres or Euler angles in degrees, as the field says. */
@JsonDeserialize(using = Vec3.Reader.class)
@JsonSerialize(using = Vec3.Writer.class)
public record Vec3(double x, double y, double z) {
    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z))
            throw SpecViolation.invalid("", "must be finite numbers, got [" + x + ", " + y + ", " + z + "]");
    }

    public Vector3d toVector3d() {
        return new Vector3d(x, y, z);
    }

    /** Component 0, 1 or 2. */
    public double get(int axis) {
        return switch (axis) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> z;
            default -> throw new IndexOutOfBoundsException(axis);
        };
    }

    @Override public String toString() {
        return "[" + Numbers.show(x) + ", " + Numbers.show(y) + ", " + Numbers.show(z) + "]";
    }

    static final class Reader extends StdDeserializer<Vec3> {
        Reader() {
            super(Vec3.class);
        }

        @Override public Vec3 deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<Double> v = Tokens.numbers(p, "", 3, "a list of 3 numbers [x, y, z]");
            return new Vec3(v.get(0), v.get(1), v.get(2));
        }
    }

    static final class Writer extends StdSerializer<Vec3> {
        Writer() {
            super(Vec3.class);
        }

        @Override public void serialize(Vec3 v, JsonGenerator g, SerializerProvider provider) throws IOException {
            DistributionJson.writeNumbers(g, List.of(v.x, v.y, v.z));
        }
    }
}
