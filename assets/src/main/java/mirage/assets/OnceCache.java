package mirage.assets;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Memoises {@code load(path)} per path: the first caller runs the load, concurrent callers for the same path wait
 * for it, and later callers get the stored outcome. A failure is stored too and re-thrown (as a new
 * {@link AssetException} with the same message) to every caller, so a broken file is also read only once.
 * Loads of different paths run concurrently. Thread-safe.
 */
final class OnceCache<V> {
    private final ConcurrentHashMap<Path, FutureTask<V>> entries = new ConcurrentHashMap<>();
    private final Function<Path, V> load;

    OnceCache(Function<Path, V> load) {
        this.load = load;
    }

    V get(Path key) {
        FutureTask<V> mine = new FutureTask<>(() -> load.apply(key));
        FutureTask<V> task = entries.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        return await(key, task);
    }

    /**
     * The outcome of a load of {@code key}: its value, or its {@link AssetException} again (a new one with the same
     * message), or an {@link IllegalStateException} for anything else it threw (errors are re-thrown as they are).
     */
    static <V> V await(Path key, FutureTask<V> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrow(key, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetException(key, "interrupted while waiting for another thread to load it");
        }
    }

    int size() {
        return entries.size();
    }

    private static RuntimeException rethrow(Path key, Throwable cause) {
        if (cause instanceof AssetException a) return new AssetException(a.getMessage(), a);
        if (cause instanceof Error err) throw err;
        return new IllegalStateException("loading " + key + " failed unexpectedly", cause);
    }
}
