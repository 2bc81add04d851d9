package mirage.cli.run;

import java.util.Arrays;

/**
 * Decides, once, from a run's first frames whether the encoder threads should run at a lower priority (see
 * {@link ThreadNice}). It pays only when rendering is the slower stage: the encoders then fit in the CPU the GL and
 * llvmpipe threads leave. When encoding is the slower stage (large images), a lower priority would slow the stage
 * that sets the pace, so they stay at normal priority (measured: BENCHMARKS.md, "Encoder priority"). Thread-safe.
 */
final class EncoderPriority {
    /** Frames of each stage timed before deciding. */
    static final int SAMPLES = 8;

    private final int contexts;
    private final int workers;
    private final long[] render = new long[SAMPLES];
    private final long[] encode = new long[SAMPLES];
    private int renders;
    private int encodes;
    private volatile Boolean lower;   // null until decided
    private final ThreadLocal<Boolean> applied = ThreadLocal.withInitial(() -> false);

    EncoderPriority(int contexts, int workers) {
        this.contexts = contexts;
        this.workers = workers;
    }

    /** Render stage throughput against the encoders': is the render the slower one (per frame, with its threads)? */
    static boolean renderIsSlower(long renderNanos, int contexts, long encodeNanos, int workers) {
        return (double) renderNanos / contexts > (double) encodeNanos / workers;
    }

    synchronized void rendered(long nanos) {
        if (renders < SAMPLES) render[renders++] = nanos;
        decide();
    }

    synchronized void encoded(long nanos) {
        if (encodes < SAMPLES) encode[encodes++] = nanos;
        decide();
    }

    private void decide() {
        if (lower != null || renders < SAMPLES || encodes < SAMPLES || ThreadNice.ENCODER <= 0) return;
        lower = renderIsSlower(median(render), contexts, median(encode), workers);
    }

    /** Called by an encoder thread before each frame: lowers its priority once, when that was decided. */
    void applyToCurrentThread() {
        if (Boolean.TRUE.equals(lower) && !applied.get()) {
            applied.set(true);
            ThreadNice.lowerCurrentThread(ThreadNice.ENCODER);
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
