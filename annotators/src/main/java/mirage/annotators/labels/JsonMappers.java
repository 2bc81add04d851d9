package mirage.annotators.labels;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The JSON settings of the label files. Reading is strict (duplicate keys and trailing content rejected). Writing
 * is deterministic: objects indented by two spaces with {@code \n} line ends on every platform, arrays on one line,
 * {@code "key": value}, doubles in the shortest form that reads back to the same double (Jackson's own
 * Schubfach writer, so the bytes do not depend on the JDK's {@code Double.toString}).
 */
public final class JsonMappers {
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper WRITER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());

    private JsonMappers() {
    }

    /** A strict reader: duplicate keys and trailing tokens are errors; streams are not closed. */
    public static ObjectMapper reader() {
        return READER;
    }

    /** The deterministic pretty-printing writer; streams are not closed. */
    public static ObjectWriter prettyWriter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return WRITER.writer(printer);
    }
}
