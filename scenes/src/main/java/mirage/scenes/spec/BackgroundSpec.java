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

/** What is drawn behind the objects: written {@code {color: [<dist> x3]}} or {@code {image_folder: <folder>}}. */
@JsonDeserialize(using = BackgroundSpec.Reader.class)
@JsonSerialize(using = BackgroundSpec.Writer.class)
public sealed interface BackgroundSpec {
    /** The default: a solid 0.5 grey. */
    static BackgroundSpec defaultBackground() {
        return new Color(ColorSpec.grey(0.5));
    }

    /** A solid colour drawn per frame, sRGB display values in [0, 1]. */
    record Color(ColorSpec color) implements BackgroundSpec {
        public Color {
            Objects.requireNonNull(color, "color");
            color.check("color", Range.closed(0, 1));
        }
    }

    /** An image picked per frame from the folder's images. */
    record Images(ImageFolder folder) implements BackgroundSpec {
        public Images {
            Objects.requireNonNull(folder, "folder");
        }
    }

    final class Reader extends StdDeserializer<BackgroundSpec> {
        private static final List<String> KEYS = List.of("color", "image_folder");

        Reader() {
            super(BackgroundSpec.class);
        }

        @Override public BackgroundSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw SpecViolation.invalid("", "must be {color: [r, g, b]} or {image_folder: <folder>}, got " + Tokens.shown(p));
            String key = Tokens.singleKey(p, "", KEYS);
            BackgroundSpec b = key.equals("color")
                    ? new Color(ColorSpec.read(p, key))
                    : new Images(ImageFolder.read(p, ctxt, key));
            Tokens.endSingleKey(p, "", key);
            return b;
        }
    }

    final class Writer extends StdSerializer<BackgroundSpec> {
        Writer() {
            super(BackgroundSpec.class);
        }

        @Override public void serialize(BackgroundSpec b, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            if (b instanceof Color c) {
                g.writeFieldName("color");
                c.color().write(g);
            } else if (b instanceof Images i) {
                g.writeStringField("image_folder", i.folder().given());
            }
            g.writeEndObject();
        }
    }
}
