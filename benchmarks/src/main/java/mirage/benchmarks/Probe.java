package mirage.benchmarks;

import java.util.concurrent.CompletableFuture;

/**
 * The two-core probe of the headless-GL notes (section 7): times a fixed single-thread loop alone, then two copies
 * at once, and prints {@code eff = alone / concurrent}. About 1 means two usable cores, about 0.5 means the two
 * vCPUs behave as one (or something else is busy). Run it before and after a JMH run:
 * {@code java -cp benchmarks/target/benchmarks.jar mirage.benchmarks.Probe}.
 */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        spin();                                                    // warm-up / JIT
        for (int r = 0; r < rounds; r++) {
            long alone = timed();
            CompletableFuture<Long> other = CompletableFuture.supplyAsync(Probe::timed);
            long mine = timed();
            long both = Math.max(mine, other.get());
            System.out.printf("probe: alone %d ms, two at once %d ms, eff %.2f%n", alone / 1_000_000,
                    both / 1_000_000, (double) alone / both);
        }
    }

    private static long timed() {
        long t0 = System.nanoTime();
        if (spin() == 42) System.out.print("");
        return System.nanoTime() - t0;
    }

    /** About a quarter of a second of integer work on one core, no memory traffic. */
    private static long spin() {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 150_000_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
