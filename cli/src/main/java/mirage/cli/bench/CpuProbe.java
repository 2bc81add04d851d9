package mirage.cli.bench;

import java.util.concurrent.CountDownLatch;

/**
 * How many cores the machine gives right now: the same fixed arithmetic on one thread, then on two at once.
 * Shared 2-vCPU machines sometimes behave as one core (docs/HEADLESS_GL.md, "Benchmarks"); a round measured
 * then says little about a pipeline built for two, so the bench prints this next to each round.
 */
final class CpuProbe {
    private static final long WORK = 40_000_000L;

    private CpuProbe() {}

    /** Two threads' throughput over one thread's: about 2.0 with two free cores, about 1.0 when they behave as one. */
    static double parallelSpeedup() throws InterruptedException {
        spin(WORK / 4);   // warm the JIT
        long t0 = System.nanoTime();
        spin(WORK);
        long one = System.nanoTime() - t0;
        CountDownLatch done = new CountDownLatch(2);
        long t1 = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                spin(WORK);
                done.countDown();
            }, "mirage-cpu-probe");
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long two = System.nanoTime() - t1;
        return 2.0 * one / two;
    }

    private static volatile long sink;

    /** A loop the JIT cannot remove: a xorshift chain whose result is published. */
    private static void spin(long n) {
        long x = 88172645463325252L;
        for (long i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink = x;
    }
}
