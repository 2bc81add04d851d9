package mirage.scenes.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A spec value naming a file or folder, written back exactly as the spec gave it. Each kind has its own reader,
 * which resolves and checks the path (see {@link SpecFiles}); all share {@link Writer}.
 */
interface GivenPath {
    /** The path as written in the spec (relative to the spec file's folder, or absolute). */
    String given();

    /** Writes a {@link GivenPath} as its {@link #given()} string. */
    final class Writer extends StdSerializer<GivenPath> {
        Writer() {
            super(GivenPath.class);
        }

        @Override public void serialize(GivenPath path, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(path.given());
        }
    }
}
