package mirage.benchmarks;

import java.io.OutputStream;
import java.util.Arrays;

/** A reusable, unsynchronised in-memory output stream: {@link #reset()} keeps the grown buffer. */
final class Sink extends OutputStream {
    private byte[] buf = new byte[1 << 20];
    private int size;

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** The backing buffer; the first {@link #size()} bytes are the content. */
    byte[] bytes() {
        return buf;
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
}
