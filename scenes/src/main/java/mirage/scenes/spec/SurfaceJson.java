package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/** Reads and writes {@link SurfaceSpec}s in the spec's shapes (see there). */
final class SurfaceJson {
    /** The keys of the one-key mapping forms. */
    static final List<String> KEYS = List.of("base_color", "texture_folder", "procedural");

    private SurfaceJson() {}

    /**
     * Reads the value of one of {@link #KEYS}, whose first token is current; problems are reported under
     * {@code key}.
     */
    static SurfaceSpec readKeyed(JsonParser p, DeserializationContext ctxt, String key) throws IOException {
        if (Nested.isNull(p)) throw SpecViolation.missing(key);
        return switch (key) {
            case "base_color" -> new SurfaceSpec.BaseColor(ColorJson.read(p, key));
            case "texture_folder" -> new SurfaceSpec.TextureFolder(ImageFolder.read(p, ctxt, key));
            case "procedural" -> new SurfaceSpec.Procedural(Nested.read(p, ctxt, ProceduralSpec.class, key));
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Writes the one-key mapping (or {@code "asset"}) a spec file uses. */
    static void write(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (s instanceof SurfaceSpec.AssetOwn) {
            g.writeString("asset");
            return;
        }
        g.writeStartObject();
        writeFields(s, g, provider);
        g.writeEndObject();
    }

    /** Writes the surface's key and value into the mapping being written. */
    static void writeFields(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (s instanceof SurfaceSpec.BaseColor b) {
            g.writeFieldName("base_color");
            ColorJson.write(b.color(), g);
        } else if (s instanceof SurfaceSpec.TextureFolder t) {
            g.writeStringField("texture_folder", t.folder().given());
        } else if (s instanceof SurfaceSpec.Procedural pr) {
            provider.defaultSerializeField("procedural", pr.procedural(), g);
        } else {
            throw new IllegalArgumentException("the asset surface has no key: " + s);
        }
    }

    static final class Reader extends StdDeserializer<SurfaceSpec> {
        Reader() {
            super(SurfaceSpec.class);
        }

        @Override public SurfaceSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("asset")) return new SurfaceSpec.AssetOwn();
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be \"asset\", {base_color: <color>}, {texture_folder: <folder>} or "
                        + "{procedural: {...}}, got " + Tokens.shown(p));
            String key = Tokens.singleKey(p, "", SurfaceJson.KEYS);
            SurfaceSpec s = SurfaceJson.readKeyed(p, ctxt, key);
            Tokens.endSingleKey(p, "", key);
            return s;
        }
    }

    static final class Writer extends StdSerializer<SurfaceSpec> {
        Writer() {
            super(SurfaceSpec.class);
        }

        @Override public void serialize(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
            SurfaceJson.write(s, g, provider);
        }
    }
}
