package mirage.cli.run;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import mirage.scenes.sampling.FrameSample;

/**
 * Samples and settles frames ahead of the GL contexts, on threads of its own: physics settling takes the CPU for
 * seconds a frame, and done on the GL thread it would leave the renderer idle meanwhile (and every core but one
 * idle on a machine with a GPU). When a context takes the frame at position n of the run's list, the frames up to
 * n + lookahead are started, and it waits for frame n only. A frame's sample depends on (seed, frame) alone, so
 * which thread makes it changes no byte. At most {@code lookahead} samples wait at a time. Thread-safe.
 */
final class SampleAhead implements AutoCloseable {
    private final int[] frames;
    private final IntFunction<FrameSample> sample;
    private final int lookahead;
    private final ExecutorService pool;
    private final ConcurrentHashMap<Integer, Future<FrameSample>> started = new ConcurrentHashMap<>();

    /**
     * @param frames  the run's frame indices, in the order contexts take them
     * @param sample  makes a frame's sample (sampled and, where the spec asks, settled); thread-safe
     * @param threads sampling threads (at least 1)
     */
    SampleAhead(int[] frames, IntFunction<FrameSample> sample, int threads) {
        this.frames = frames;
        this.sample = sample;
        this.lookahead = 2 * threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirage-settle");
            t.setDaemon(true);   // a settle in progress never holds the JVM open
            return t;
        });
    }

    /** The sample of the frame at {@code position} of the list; a failure to make it is thrown here, as is. */
    FrameSample take(int position) {
        for (int p = position; p < Math.min(frames.length, position + lookahead); p++) {
            int frame = frames[p];
            started.computeIfAbsent(p, k -> pool.submit(() -> sample.apply(frame)));
        }
        Future<FrameSample> mine = started.remove(position);
        try {
            return mine.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("frame " + frames[position] + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted waiting for frame " + frames[position]);
        }
    }

    /** Drops the samples not taken; a settle already running finishes on its daemon thread. */
    @Override
    public void close() {
        started.values().forEach(f -> f.cancel(false));
        pool.shutdownNow();
    }
}
