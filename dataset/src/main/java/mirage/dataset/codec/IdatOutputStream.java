package mirage.dataset.codec;

import java.io.IOException;
import java.io.OutputStream;

/** Buffers compressed bytes and emits them as IDAT chunks of at most {@link #CHUNK_SIZE} bytes. */
final class IdatOutputStream extends OutputStream {
    static final int CHUNK_SIZE = 1 << 16;
    private final OutputStream out;
    private final ChunkWriter chunks;
    private final byte[] buffer = new byte[CHUNK_SIZE];
    private int size;

    IdatOutputStream(OutputStream out, ChunkWriter chunks) {
        this.out = out;
        this.chunks = chunks;
    }

    @Override
    public void write(int b) throws IOException {
        if (size == CHUNK_SIZE) emit();
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (size == CHUNK_SIZE) emit();
            int n = Math.min(len, CHUNK_SIZE - size);
            System.arraycopy(b, off, buffer, size, n);
            size += n;
            off += n;
            len -= n;
        }
    }

    /** Emits the buffered bytes as a last IDAT chunk; does not close the underlying stream. */
    @Override
    public void flush() throws IOException {
        if (size > 0) emit();
    }

    private void emit() throws IOException {
        chunks.write(out, "IDAT", buffer, size);
        size = 0;
    }
}
