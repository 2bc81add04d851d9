package mirage.dataset.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file Mirage wrote is whole, told from its end (and, for JSON, its syntax), cheaply: a PNG ends with
 * its IEND chunk, a JPEG with its end-of-image marker, a NumPy array is as long as its header says, a JSON
 * document parses to its end. A missing, empty or cut file is not whole. Reads at most the file's head and tail,
 * except JSON, which is read through once.
 */
public final class WholeFiles {
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9};
    private static final Pattern NPY_SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)");
    private static final JsonFactory JSON = new JsonFactory();

    private WholeFiles() {}

    /** By the file's extension: png, jpg, npy, json; other files are whole when they exist and are not empty. */
    public static boolean whole(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) return false;
            if (name.endsWith(".png")) return endsWith(file, PNG_END);
            if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return endsWith(file, JPEG_END);
            if (name.endsWith(".npy")) return npy(file);
            if (name.endsWith(".json")) return json(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean endsWith(Path file, byte[] tail) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < tail.length) return false;
            ByteBuffer b = ByteBuffer.allocate(tail.length);
            while (b.hasRemaining()) if (ch.read(b, size - tail.length + b.position()) < 0) return false;
            return Arrays.equals(b.array(), tail);
        }
    }

    /** Version 1.0 float32 arrays as NpyWriter writes them: 10 header bytes, the header, then H * W * 4 bytes. */
    private static boolean npy(Path file) throws IOException {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n < 10 || head[0] != (byte) 0x93) return false;
        int headerLength = (head[8] & 0xff) | (head[9] & 0xff) << 8;
        Matcher m = NPY_SHAPE.matcher(new String(head, 10, Math.min(headerLength, n - 10), StandardCharsets.ISO_8859_1));
        if (!m.find()) return false;
        long expected = 10L + headerLength + 4L * Long.parseLong(m.group(1)) * Long.parseLong(m.group(2));
        return Files.size(file) == expected;
    }

    private static boolean json(Path file) throws IOException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() == null) return false;
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException malformed) {
            return false;
        }
    }

    /** The value of the top-level integer field {@code key} of a JSON object file, or null when it has none. */
    public static Long topLevelInteger(Path file, String key) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(key)) return value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                p.skipChildren();
            }
            return null;
        } catch (IOException malformed) {
            return null;
        }
    }
}
