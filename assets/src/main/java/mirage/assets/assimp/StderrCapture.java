package mirage.assets.assimp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drains a child's standard error on its own daemon thread (so the child never blocks on a full pipe) and keeps
 * only its first {@link #HEAD} and last {@link #TAIL} bytes, which is where a JVM fatal-error report puts its
 * summary and a Java stack trace its cause. Bounded memory however much the child writes.
 */
final class StderrCapture {
    static final int HEAD = 8192;
    static final int TAIL = 4096;

    private final byte[] head = new byte[HEAD];
    private final byte[] tail = new byte[TAIL];
    private int headLength;
    private long tailWritten;
    private final Thread thread;

    private StderrCapture(InputStream in) {
        thread = new Thread(() -> drain(in), "mirage-import-stderr");
        thread.setDaemon(true);
    }

    static StderrCapture start(InputStream in) {
        StderrCapture c = new StderrCapture(in);
        c.thread.start();
        return c;
    }

    private void drain(InputStream in) {
        byte[] buf = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buf)) > 0; ) append(buf, n);
        } catch (IOException e) {
            // the child is gone; what was read is kept
        }
    }

    private synchronized void append(byte[] buf, int n) {
        int i = 0;
        for (; i < n && headLength < HEAD; i++) head[headLength++] = buf[i];
        for (; i < n; i++) tail[(int) (tailWritten++ % TAIL)] = buf[i];
    }

    /** The captured text, after waiting up to {@code millis} for the child to close the stream. */
    String text(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            String first = new String(head, 0, headLength, StandardCharsets.UTF_8);
            if (tailWritten == 0) return first;
            int n = (int) Math.min(tailWritten, TAIL);
            byte[] last = new byte[n];
            for (int k = 0; k < n; k++) last[k] = tail[(int) ((tailWritten - n + k) % TAIL)];
            String gap = tailWritten > TAIL ? "\n[...]\n" : "";
            return first + gap + new String(Arrays.copyOf(last, n), StandardCharsets.UTF_8);
        }
    }
}
