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
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a material's base colour comes from: written {@code asset}, {@code {base_color: <color>}},
 * {@code {texture_folder: <folder>}} or {@code {procedural: {...}}}.
 */
@JsonDeserialize(using = SurfaceSpec.Reader.class)
@JsonSerialize(using = SurfaceSpec.Writer.class)
public sealed interface SurfaceSpec {
    /** The keys of the one-key mapping forms. */
    List<String> KEYS = List.of("base_color", "texture_folder", "procedural");

    /** The asset's own colours and textures. */
    record AssetOwn() implements SurfaceSpec {}

    /** A uniform base colour, sRGB display values in [0, 1], drawn per surface. */
    record BaseColor(ColorSpec color) implements SurfaceSpec {
        public BaseColor {
            Objects.requireNonNull(color, "color");
            ColorJson.check(color, "base_color", Range.closed(0, 1));
        }
    }

    /** A base-colour texture picked per surface from the folder's images, each equally likely. */
    record TextureFolder(ImageFolder folder) implements SurfaceSpec {
        public TextureFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** A pattern computed from the UVs. */
    record Procedural(ProceduralSpec procedural) implements SurfaceSpec {
        public Procedural {
            Objects.requireNonNull(procedural, "procedural");
        }
    }

    /** The image files this surface may use (a texture folder's listing), for checking them before a run. */
    default List<Path> images() {
        return this instanceof TextureFolder t ? t.folder().images() : List.of();
    }

    /**
     * Reads the value of one of {@link #KEYS}, whose first token is current; problems are reported under
     * {@code key}.
     */
    static SurfaceSpec readKeyed(JsonParser p, DeserializationContext ctxt, String key) throws IOException {
        if (Nested.isNull(p)) throw SpecViolation.missing(key);
        return switch (key) {
            case "base_color" -> new BaseColor(ColorJson.read(p, key));
            case "texture_folder" -> new TextureFolder(ImageFolder.read(p, ctxt, key));
            case "procedural" -> new Procedural(Nested.read(p, ctxt, ProceduralSpec.class, key));
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Writes the one-key mapping (or {@code "asset"}) a spec file uses. */
    static void write(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (s instanceof AssetOwn) {
            g.writeString("asset");
            return;
        }
        g.writeStartObject();
        writeFields(s, g, provider);
        g.writeEndObject();
    }

    /** Writes the surface's key and value into the mapping being written. */
    static void writeFields(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (s instanceof BaseColor b) {
            g.writeFieldName("base_color");
            ColorJson.write(b.color(), g);
        } else if (s instanceof TextureFolder t) {
            g.writeStringField("texture_folder", t.folder().given());
        } else if (s instanceof Procedural pr) {
            provider.defaultSerializeField("procedural", pr.procedural(), g);
        } else {
            throw new IllegalArgumentException("the asset surface has no key: " + s);
        }
    }

    final class Reader extends StdDeserializer<SurfaceSpec> {
        Reader() {
            super(SurfaceSpec.class);
        }

        @Override public SurfaceSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("asset")) return new AssetOwn();
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be \"asset\", {base_color: <color>}, {texture_folder: <folder>} or "
                        + "{procedural: {...}}, got " + Tokens.shown(p));
            String key = Tokens.singleKey(p, "", KEYS);
            SurfaceSpec s = readKeyed(p, ctxt, key);
            Tokens.endSingleKey(p, "", key);
            return s;
        }
    }

    final class Writer extends StdSerializer<SurfaceSpec> {
        Writer() {
            super(SurfaceSpec.class);
        }

        @Override public void serialize(SurfaceSpec s, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(s, g, provider);
        }
    }
}
