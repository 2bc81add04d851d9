package mirage.assets.assimp;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one {@link IsolatedModelLoader}.
 *
 * @param timeout          wall-clock time one import may take, from starting the child JVM to its answer
 * @param heapMiB          the child's Java heap ({@code -Xmx}), MiB; it holds the copied model and its textures
 * @param memoryLimitBytes the child's resident memory (Java heap, Assimp's native allocations, everything),
 *                         bytes, watched through {@code /proc/<pid>/status} where that exists; 0 = not watched
 * @param parallelImports  most child processes running at once (each may use up to {@code memoryLimitBytes})
 * @param workerClass      the child's main class; {@link ImportWorker} except in tests of the isolation itself
 */
public record ImportSettings(Duration timeout, int heapMiB, long memoryLimitBytes, int parallelImports, String workerClass) {
    /** Default {@link #timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@link #heapMiB}. */
    public static final int DEFAULT_HEAP_MIB = 2048;
    /** Default {@link #memoryLimitBytes}: the default heap plus 2 GiB for Assimp and the JVM itself. */
    public static final long DEFAULT_MEMORY_LIMIT = 4L << 30;

    public ImportSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workerClass, "workerClass");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (heapMiB < 16) throw new IllegalArgumentException("heapMiB must be at least 16: " + heapMiB);
        if (memoryLimitBytes < 0) throw new IllegalArgumentException("memoryLimitBytes must be >= 0: " + memoryLimitBytes);
        if (parallelImports < 1) throw new IllegalArgumentException("parallelImports must be >= 1: " + parallelImports);
    }

    /** The defaults; at most 4 imports at once (fewer on machines with fewer cores). */
    public static ImportSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ImportSettings(DEFAULT_TIMEOUT, DEFAULT_HEAP_MIB, DEFAULT_MEMORY_LIMIT, Math.max(1, Math.min(4, cores)),
                ImportWorker.class.getName());
    }

    public ImportSettings withTimeout(Duration newTimeout) {
        return new ImportSettings(newTimeout, heapMiB, memoryLimitBytes, parallelImports, workerClass);
    }

    public ImportSettings withMemory(int newHeapMiB, long newMemoryLimitBytes) {
        return new ImportSettings(timeout, newHeapMiB, newMemoryLimitBytes, parallelImports, workerClass);
    }

    /** With another child main class: for tests that prove crashes and hangs are contained. */
    public ImportSettings withWorkerClass(String newWorkerClass) {
        return new ImportSettings(timeout, heapMiB, memoryLimitBytes, parallelImports, newWorkerClass);
    }
}
