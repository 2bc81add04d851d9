package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image sizes are read from the header and refused before any pixel is decoded: a tiny PNG declaring a huge image
 * (a decompression bomb) is refused at once, without allocating for it. Oversized files are refused by size.
 */
class ImageLimitsTest {
    @TempDir Path dir;

    /** A syntactically valid PNG header declaring {@code w x h} RGBA pixels, with a tiny IDAT. */
    private static byte[] pngDeclaring(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater d = new Deflater();
        d.setInput(new byte[64]);
        d.finish();
        byte[] z = new byte[128];
        int n = d.deflate(z);
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
        out.writeBytes(t);
        out.writeBytes(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private String failure(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(AssetException.class, () -> ImageFiles.read(file))).getMessage();
    }

    @Test void hugeDeclaredSideIsRefusedFromTheHeader() {
        Path f = TestModels.write(dir.resolve("wide.png"), pngDeclaring(100_000, 10));
        assertEquals(f + ": image size 100000x10 is outside 1..16384 per side", failure(f));
    }

    @Test void hugeDeclaredPixelCountIsRefusedFromTheHeader() {
        Path f = TestModels.write(dir.resolve("bomb.png"), pngDeclaring(16_000, 16_000));
        assertEquals(f + ": image size 16000x16000 is more than 67108864 pixels", failure(f));
    }

    @Test void embeddedBytesAreCheckedTheSameWay() {
        Path owner = dir.resolve("model.glb");
        AssetException e = assertThrows(AssetException.class, () -> ImageFiles.decode(pngDeclaring(16_000, 16_000), owner, "embedded-0"));
        assertEquals(owner + ": embedded-0: image size 16000x16000 is more than 67108864 pixels", e.getMessage());
    }

    @Test void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path f = dir.resolve("huge.png");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(ImageFiles.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        assertEquals(f + ": is " + (ImageFiles.MAX_FILE_BYTES + 1) + " bytes, more than the limit of " + ImageFiles.MAX_FILE_BYTES, failure(f));
    }
}
