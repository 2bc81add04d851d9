package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and writes {@link BackgroundSpec}s in the spec's shapes (see there). */
final class BackgroundJson {
    /** The keys that say which kind of background it is: exactly one is given. */
    private static final List<String> KINDS = List.of("color", "image_folder", "texture_folder", "procedural");
    /** The other keys each kind takes. */
    private static final Map<String, List<String>> EXTRAS = Map.of("color", List.of(),
            "image_folder", List.of("zoom", "flip"), "texture_folder", List.of("tiles", "rotation_deg"),
            "procedural", List.of("tiles", "rotation_deg"));
    private static final List<String> KEYS = List.of("color", "image_folder", "zoom", "flip", "texture_folder",
            "procedural", "tiles", "rotation_deg");

    private BackgroundJson() {}

    /** Reads the mapping whose first token is current. */
    static BackgroundSpec read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT)
            throw SpecViolation.invalid("", "must be {color: <color>}, {image_folder: <folder>}, {texture_folder: <folder>} "
                    + "or {procedural: {...}}, got " + Tokens.shown(p));
        List<String> given = new ArrayList<>();
        String kind = null;
        ColorSpec color = null;
        ImageFolder images = null;
        SurfaceSpec surface = null;
        Distribution zoom = null, tiles = null, rotation = null;
        Double flip = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            if (!KEYS.contains(key)) throw SpecViolation.unknownKey("", key, KEYS);
            if (Nested.isNull(p)) {
                if (KINDS.contains(key)) throw SpecViolation.missing(key);
                continue;
            }
            if (KINDS.contains(key)) {
                if (kind != null)
                    throw SpecViolation.invalid(key, "give only one of " + String.join(", ", KINDS) + "; got " + kind + " and " + key);
                kind = key;
            } else {
                given.add(key);
            }
            switch (key) {
                case "color" -> color = ColorJson.read(p, key);
                case "image_folder" -> images = ImageFolder.read(p, ctxt, key);
                case "texture_folder", "procedural" -> surface = SurfaceJson.readKeyed(p, ctxt, key);
                case "flip" -> flip = Tokens.number(p, key);
                case "zoom" -> zoom = distribution(p, key);
                case "tiles" -> tiles = distribution(p, key);
                default -> rotation = distribution(p, key);
            }
        }
        if (kind == null) throw SpecViolation.invalid("", "needs one of " + String.join(", ", KINDS));
        for (String key : given)
            if (!EXTRAS.get(kind).contains(key))
                throw SpecViolation.invalid(key, key + " goes with " + (key.equals("zoom") || key.equals("flip") ? "image_folder"
                        : "texture_folder or procedural") + ", not with " + kind);
        return switch (kind) {
            case "color" -> new BackgroundSpec.Color(color);
            case "image_folder" -> new BackgroundSpec.Images(images, zoom, flip);
            default -> new BackgroundSpec.Texture(surface, tiles, rotation);
        };
    }

    private static Distribution distribution(JsonParser p, String key) throws IOException {
        try {
            return DistributionJson.read(p);
        } catch (SpecViolation v) {
            throw v.within(key);
        }
    }

    static void write(BackgroundSpec b, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        if (b instanceof BackgroundSpec.Color c) {
            g.writeFieldName("color");
            ColorJson.write(c.color(), g);
        } else if (b instanceof BackgroundSpec.Images i) {
            g.writeStringField("image_folder", i.folder().given());
            g.writeFieldName("zoom");
            DistributionJson.write(i.zoom(), g);
            g.writeFieldName("flip");
            DistributionJson.writeNumber(g, i.flip());
        } else if (b instanceof BackgroundSpec.Texture t) {
            SurfaceJson.writeFields(t.surface(), g, provider);
            g.writeFieldName("tiles");
            DistributionJson.write(t.tiles(), g);
            g.writeFieldName("rotation_deg");
            DistributionJson.write(t.rotationDeg(), g);
        }
        g.writeEndObject();
    }

    static final class Reader extends StdDeserializer<BackgroundSpec> {
        Reader() {
            super(BackgroundSpec.class);
        }

        @Override public BackgroundSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return BackgroundJson.read(p, ctxt);
        }
    }

    static final class Writer extends StdSerializer<BackgroundSpec> {
        Writer() {
            super(BackgroundSpec.class);
        }

        @Override public void serialize(BackgroundSpec b, JsonGenerator g, SerializerProvider provider) throws IOException {
            BackgroundJson.write(b, g, provider);
        }
    }
}
