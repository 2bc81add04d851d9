package mirage.assets;

import java.io.IOException;
import java.io.InputStream;

/**
 * Whether an image's data runs to its end: a JPEG to its end-of-image marker (walking the segments by their lengths
 * and the entropy-coded data to the next marker), a PNG to its IEND chunk (walking the chunks by their lengths).
 * Reads the bytes once, decodes nothing, so a truncated file is found without the memory a decode takes (a JPEG
 * decoder fills missing rows with grey instead of failing). A Huffman-coded JPEG must also hold at least one bit of
 * entropy-coded data per 8x8 block of the size its header declares, so a header claiming 8000 x 8000 over a few
 * kilobytes is refused too. Data that is neither PNG nor JPEG is left to the decoder.
 */
final class ImageEnd {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int EOI = 0xD9, SOS = 0xDA;

    private ImageEnd() {
    }

    /**
     * @param in   the image's bytes from the start
     * @param size how many there are
     * @return null when the data is complete (or not PNG or JPEG), else the problem, worded to follow "{@code file: }"
     */
    static String problem(InputStream in, long size) throws IOException {
        Bytes b = new Bytes(in, size);
        int first = b.read(), second = b.read();
        if (first == 0xFF && second == 0xD8) return jpeg(b);
        if (first == (PNG_SIGNATURE[0] & 0xff) && second == 'P') return png(b);
        return null;
    }

    private static String jpeg(Bytes b) throws IOException {
        long blocks = 0, entropyBytes = 0;
        int marker = nextMarker(b);
        while (marker >= 0) {
            if (marker == EOI) return blocks > 8 * entropyBytes ? tooShort(entropyBytes) : null;
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                marker = nextMarker(b);
                continue;
            }
            int length = b.read() << 8 | b.read();
            if (length < 2) return length < 0 ? jpegEnds() : "is corrupt: a JPEG segment declares a length of " + length;
            int header = 0;
            if (isHuffmanFrame(marker) && length >= 7) {
                b.read();   // sample precision
                blocks = ((b.read() << 8 | b.read()) + 7L) / 8 * (((b.read() << 8 | b.read()) + 7L) / 8);
                header = 5;
            }
            if (!b.skip(length - 2 - header)) return jpegEnds();
            if (marker == SOS) {
                long start = b.position();
                marker = afterEntropyData(b);
                entropyBytes += b.position() - start;
            } else marker = nextMarker(b);
        }
        return jpegEnds();
    }

    /** A Huffman-coded frame header (SOF0-3, 5-7), which codes every 8x8 block of a full-resolution component in at least one bit. */
    private static boolean isHuffmanFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xC7 && marker != 0xC4;
    }

    private static String tooShort(long entropyBytes) {
        return "is truncated or its header is wrong: " + entropyBytes + " bytes of JPEG data are too few for the image "
                + "size it declares (at least one bit per 8x8 block)";
    }

    /** The next marker's code, skipping bytes that are not markers and fill bytes; -1 at the end of the data. */
    private static int nextMarker(Bytes b) throws IOException {
        int c = b.read();
        while (c >= 0 && c != 0xFF) c = b.read();
        while (c == 0xFF) c = b.read();
        return c;
    }

    /** The marker ending a scan's entropy-coded data (FF 00 is a data byte, FF D0..D7 a restart); -1 at the end. */
    private static int afterEntropyData(Bytes b) throws IOException {
        while (true) {
            int c = b.read();
            if (c < 0) return -1;
            if (c != 0xFF) continue;
            while (c == 0xFF) c = b.read();
            if (c != 0x00 && (c < 0xD0 || c > 0xD7)) return c;
        }
    }

    private static String jpegEnds() {
        return "is truncated: its JPEG data ends before the end-of-image marker";
    }

    private static String png(Bytes b) throws IOException {
        for (int i = 2; i < PNG_SIGNATURE.length; i++) if (b.read() != (PNG_SIGNATURE[i] & 0xff)) return null;
        while (true) {
            long at = b.position();
            long length = (long) b.read() << 24 | b.read() << 16 | b.read() << 8 | b.read();
            int[] type = {b.read(), b.read(), b.read(), b.read()};
            if (type[3] < 0) return "is truncated: its PNG data ends before the IEND chunk";
            for (int t : type)
                if (!(t >= 'A' && t <= 'Z' || t >= 'a' && t <= 'z'))
                    return "is corrupt or unsupported: the PNG chunk at byte " + at + " has no valid type";
            if (type[0] == 'I' && type[1] == 'E' && type[2] == 'N' && type[3] == 'D') return null;
            if (length > Integer.MAX_VALUE || !b.skip(length + 4))
                return "is corrupt or unsupported: its PNG chunk at byte " + at + " runs past the end of the data (cut short?)";
        }
    }

    /** Buffered single bytes over a stream of known size; skips past the end report false. */
    private static final class Bytes {
        private final InputStream in;
        private final long size;
        private final byte[] buffer = new byte[1 << 16];
        private int next, limit;
        private long consumed;

        Bytes(InputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        long position() {
            return consumed - limit + next;
        }

        int read() throws IOException {
            if (next == limit) {
                limit = in.readNBytes(buffer, 0, buffer.length);
                next = 0;
                consumed += limit;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[next++] & 0xff;
        }

        boolean skip(long n) throws IOException {
            if (position() + n > size) return false;
            long inBuffer = Math.min(n, limit - next);
            next += (int) inBuffer;
            long rest = n - inBuffer;
            if (rest > 0) {
                in.skipNBytes(rest);
                consumed += rest;
            }
            return true;
        }
    }
}
