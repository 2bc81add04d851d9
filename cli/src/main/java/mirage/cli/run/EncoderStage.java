package mirage.cli.run;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import mirage.core.error.MirageException;

/**
 * The encoder threads of a run: a fixed pool that runs one job per frame (label, encode, write). At most
 * {@code capacity} jobs are queued or running at once; {@link #submit} blocks while the stage is full, so a fast
 * producer never piles frames up in memory, and only the futures of jobs in flight are kept. A failed job fails
 * the stage: the next {@link #submit} or {@link #finish} throws its exception. Safe for several producer threads.
 */
final class EncoderStage implements AutoCloseable {
    private final ExecutorService pool;
    private final Semaphore slots;
    private final Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();

    /**
     * @param workers  encoder threads, at least 1
     * @param capacity jobs queued or running at once, at least 1
     */
    EncoderStage(int workers, int capacity) {
        if (workers < 1 || capacity < 1) throw new IllegalArgumentException("workers and capacity must be >= 1");
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "mirage-writer");
            t.setDaemon(true);
            return t;
        });
        slots = new Semaphore(capacity);
    }

    /** Queues a job once a slot is free; first throws the failure of any job that has failed so far. */
    void submit(Runnable job) {
        failFast();
        acquire();
        try {
            pending.add(pool.submit(() -> {
                try {
                    job.run();
                } finally {
                    slots.release();
                }
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits for every job submitted so far; throws the first failure among them. */
    void finish() {
        RuntimeException first = null;
        for (Future<?> f; (f = pending.poll()) != null; ) {
            try {
                get(f);
            } catch (RuntimeException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }

    /** Stops the threads; jobs still queued are dropped. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void failFast() {
        for (Future<?> f; (f = pending.peek()) != null && f.isDone(); )
            if (pending.remove(f)) get(f);
    }

    private void acquire() {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        }
    }

    private static void get(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new MirageException("writing a frame failed: " + c, c);
        }
    }
}
