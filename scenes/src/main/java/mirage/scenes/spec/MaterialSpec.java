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
 * How an object entry's instances are coloured: written {@code asset}, {@code {base_color: [<dist> x3]}} or
 * {@code {texture_folder: <folder>}}.
 */
@JsonDeserialize(using = MaterialSpec.Reader.class)
@JsonSerialize(using = MaterialSpec.Writer.class)
public sealed interface MaterialSpec {
    /** The asset's own material. */
    record AssetOwn() implements MaterialSpec {}

    /** A uniform base colour, sRGB display values in [0, 1], drawn per instance. */
    record BaseColor(ColorSpec color) implements MaterialSpec {
        public BaseColor {
            Objects.requireNonNull(color, "color");
            color.check("base_color", Range.closed(0, 1));
        }
    }

    /** A base-colour texture picked per instance from the folder's images. */
    record TextureFolder(ImageFolder folder) implements MaterialSpec {
        public TextureFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    final class Reader extends StdDeserializer<MaterialSpec> {
        private static final List<String> KEYS = List.of("base_color", "texture_folder");

        Reader() {
            super(MaterialSpec.class);
        }

        @Override public MaterialSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("asset")) return new AssetOwn();
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be \"asset\", {base_color: [r, g, b]} or {texture_folder: <folder>}, got "
                        + Tokens.shown(p));
            String key = Tokens.singleKey(p, "", KEYS);
            MaterialSpec m = key.equals("base_color")
                    ? new BaseColor(ColorSpec.read(p, key))
                    : new TextureFolder(ImageFolder.read(p, ctxt, key));
            Tokens.endSingleKey(p, "", key);
            return m;
        }
    }

    final class Writer extends StdSerializer<MaterialSpec> {
        Writer() {
            super(MaterialSpec.class);
        }

        @Override public void serialize(MaterialSpec m, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (m instanceof BaseColor b) {
                g.writeStartObject();
                g.writeFieldName("base_color");
                b.color().write(g);
                g.writeEndObject();
            } else if (m instanceof TextureFolder t) {
                g.writeStartObject();
                g.writeStringField("texture_folder", t.folder().given());
                g.writeEndObject();
            } else {
                g.writeString("asset");
            }
        }
    }
}
