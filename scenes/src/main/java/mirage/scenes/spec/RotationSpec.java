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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an object is rotated, written {@code uniform} (uniform over SO(3)), {@code {fixed_deg: [rx, ry, rz]}},
 * {@code {axis: [x, y, z], angle_deg: <dist>, base_deg: [rx, ry, rz]}} or {@code {list_deg: [[rx, ry, rz], ...]}}.
 * Euler angles are degrees, R = Rz(rz) * Ry(ry) * Rx(rx), rotations about the world axes (x is applied first).
 */
@JsonDeserialize(using = RotationSpec.Reader.class)
@JsonSerialize(using = RotationSpec.Writer.class)
public sealed interface RotationSpec {
    /** Uniform over SO(3), drawn per instance. */
    record Uniform() implements RotationSpec {}

    /** The same rotation for every instance, as Euler angles. */
    record Fixed(Vec3 degrees) implements RotationSpec {
        public Fixed {
            Objects.requireNonNull(degrees, "degrees");
            Bound.ANGLE.check("fixed_deg", degrees);
        }
    }

    /**
     * The base rotation (Euler angles, or none), then a rotation by a drawn angle about a fixed world axis: a
     * turntable. R = R_axis(angle) * R_base.
     *
     * @param axis     the world axis, of length at least {@link #MIN_AXIS_LENGTH} (required)
     * @param angleDeg the angle, degrees, counter-clockwise looking down the axis [uniform 0..360]
     * @param baseDeg  Euler angles of the base rotation, or null for none
     */
    record Axis(Vec3 axis, Distribution angleDeg, Vec3 baseDeg) implements RotationSpec {
        /** Shortest rotation axis: a shorter one is too near the zero vector to give a direction once normalised. */
        public static final double MIN_AXIS_LENGTH = 1e-6;

        public Axis {
            Checks.required(axis, "axis");
            if (axis.x() == 0 && axis.y() == 0 && axis.z() == 0)
                throw SpecViolation.invalid("axis", "must not be the zero vector [0, 0, 0]");
            Bound.COORDINATE.check("axis", axis);
            double length = Math.sqrt(axis.x() * axis.x() + axis.y() * axis.y() + axis.z() * axis.z());
            if (!(length >= MIN_AXIS_LENGTH))
                throw SpecViolation.invalid("axis", "must have a length of at least " + Numbers.show(MIN_AXIS_LENGTH) + ", got " + axis);
            if (baseDeg != null) Bound.ANGLE.check("base_deg", baseDeg);
            angleDeg = Checks.orDefault(angleDeg, new Distribution.Uniform(0, 360));
            Range.any().within(Bound.ANGLE).check("angle_deg", angleDeg);
        }
    }

    /** One of a list of rotations (Euler angles), each equally likely, drawn per instance. */
    record Choice(List<Vec3> degrees) implements RotationSpec {
        public Choice {
            degrees = Checks.list(Checks.required(degrees, "list_deg"), "list_deg");
            if (degrees.isEmpty()) throw SpecViolation.invalid("list_deg", "needs at least one rotation [rx, ry, rz]");
            for (int i = 0; i < degrees.size(); i++) Bound.ANGLE.check("list_deg[" + i + "]", degrees.get(i));
        }
    }

    final class Reader extends StdDeserializer<RotationSpec> {
        private static final List<String> KEYS = List.of("fixed_deg", "axis", "angle_deg", "base_deg", "list_deg");
        private static final String SHAPES = "\"uniform\", {fixed_deg: [rx, ry, rz]}, {axis: [x, y, z], angle_deg: <dist>, "
                + "base_deg: [rx, ry, rz]} or {list_deg: [[rx, ry, rz], ...]}";

        Reader() {
            super(RotationSpec.class);
        }

        @Override public RotationSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("uniform")) return new Uniform();
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be " + SHAPES + ", got " + Tokens.shown(p));
            Map<String, Object> given = new LinkedHashMap<>();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                if (!KEYS.contains(key)) throw SpecViolation.unknownKey("", key, KEYS);
                p.nextToken();
                given.put(key, readValue(p, key));
            }
            return build(given);
        }

        private static Object readValue(JsonParser p, String key) throws IOException {
            try {
                return switch (key) {
                    case "angle_deg" -> DistributionJson.read(p);
                    case "list_deg" -> readList(p);
                    default -> readVec3(p, key.equals("axis") ? "a list of 3 numbers [x, y, z]" : "a list of 3 angles [rx, ry, rz] in degrees");
                };
            } catch (SpecViolation v) {
                throw v.within(key);
            }
        }

        private static Vec3 readVec3(JsonParser p, String shape) throws IOException {
            List<Double> v = Tokens.numbers(p, "", 3, shape);
            return new Vec3(v.get(0), v.get(1), v.get(2));
        }

        private static List<Vec3> readList(JsonParser p) throws IOException {
            Tokens.requireList(p, "", "a list of rotations [[rx, ry, rz], ...]");
            List<Vec3> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (out.size() == Tokens.MAX_LIST) throw SpecViolation.invalid("", "more than " + Tokens.MAX_LIST + " rotations");
                try {
                    out.add(readVec3(p, "a list of 3 angles [rx, ry, rz] in degrees"));
                } catch (SpecViolation v) {
                    throw v.within("[" + out.size() + "]");
                }
            }
            return out;
        }

        /** The one form the keys make up; anything else names the key that does not belong. */
        @SuppressWarnings("unchecked")
        private static RotationSpec build(Map<String, Object> given) {
            if (given.isEmpty()) throw SpecViolation.invalid("", "must be " + SHAPES + ", got {}");
            String first = given.keySet().iterator().next();
            String form = given.containsKey("axis") ? "axis" : first;
            List<String> allowed = switch (form) {
                case "axis" -> List.of("axis", "angle_deg", "base_deg");
                case "fixed_deg", "list_deg" -> List.of(form);
                default -> throw SpecViolation.missing("axis");
            };
            for (String key : given.keySet())
                if (!allowed.contains(key))
                    throw SpecViolation.invalid(key, "does not go with '" + form + "'; the forms are " + SHAPES);
            return switch (form) {
                case "fixed_deg" -> new Fixed((Vec3) given.get("fixed_deg"));
                case "list_deg" -> new Choice((List<Vec3>) given.get("list_deg"));
                default -> new Axis((Vec3) given.get("axis"), (Distribution) given.get("angle_deg"), (Vec3) given.get("base_deg"));
            };
        }
    }

    final class Writer extends StdSerializer<RotationSpec> {
        Writer() {
            super(RotationSpec.class);
        }

        @Override public void serialize(RotationSpec r, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (r instanceof Uniform) {
                g.writeString("uniform");
                return;
            }
            g.writeStartObject();
            if (r instanceof Fixed f) {
                g.writeFieldName("fixed_deg");
                write(g, f.degrees());
            } else if (r instanceof Axis a) {
                g.writeFieldName("axis");
                write(g, a.axis());
                g.writeFieldName("angle_deg");
                DistributionJson.write(a.angleDeg(), g);
                if (a.baseDeg() != null) {
                    g.writeFieldName("base_deg");
                    write(g, a.baseDeg());
                }
            } else if (r instanceof Choice c) {
                g.writeFieldName("list_deg");
                g.writeStartArray();
                for (Vec3 v : c.degrees()) write(g, v);
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private static void write(JsonGenerator g, Vec3 v) throws IOException {
            DistributionJson.writeNumbers(g, List.of(v.x(), v.y(), v.z()));
        }
    }
}
