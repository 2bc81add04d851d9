package mirage.assets;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Decoded images, kept while their pixels fit a byte budget: a request decodes the file when it is not kept, and
 * keeping one more image drops the least recently used ones until the total fits again. An image larger than the
 * whole budget is decoded for its caller and not kept. Memory stays bounded however many images a folder holds; a
 * dropped image is decoded again from the same bytes when asked for, so what callers see never changes.
 * Concurrent requests for an image being decoded wait for that decode; a file that failed fails again, with the same
 * message, without being read again. Thread-safe.
 */
final class ImageCache {
    /**
     * The default budget's share of the maximum Java heap: an eighth, beside the frames in flight, which the render
     * sizes to most of the heap (cli's {@code FrameBudget}).
     */
    static final int HEAP_SHARE = 8;

    private final Function<Path, TextureData> decode;
    private final long budget;
    private final LinkedHashMap<Path, TextureData> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final ConcurrentHashMap<Path, FutureTask<TextureData>> decoding = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, AssetException> failures = new ConcurrentHashMap<>();
    private long keptBytes;

    /** @param budget most bytes of decoded pixels kept */
    ImageCache(Function<Path, TextureData> decode, long budget) {
        if (budget < 0) throw new IllegalArgumentException("budget must be >= 0: " + budget);
        this.decode = decode;
        this.budget = budget;
    }

    /** An eighth of the maximum heap ({@code -Xmx}). */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / HEAP_SHARE;
    }

    TextureData get(Path key) {
        TextureData hit = lookup(key);
        if (hit != null) return hit;
        AssetException failed = failures.get(key);
        if (failed != null) throw new AssetException(failed.getMessage(), failed);
        FutureTask<TextureData> mine = new FutureTask<>(() -> decode.apply(key));
        FutureTask<TextureData> task = decoding.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            try {
                task.run();
                settle(key, task);
            } finally {
                decoding.remove(key, mine);
            }
        }
        return OnceCache.await(key, task);
    }

    /** Bytes of pixels kept now. */
    synchronized long keptBytes() {
        return keptBytes;
    }

    private synchronized TextureData lookup(Path key) {
        return kept.get(key);
    }

    /** Keeps a decoded image, or remembers a failure. */
    private void settle(Path key, FutureTask<TextureData> task) {
        try {
            keep(key, task.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssetException a) failures.put(key, a);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void keep(Path key, TextureData image) {
        long bytes = image.rgba().length;
        if (bytes > budget || kept.containsKey(key)) return;
        kept.put(key, image);
        keptBytes += bytes;
        for (Iterator<Map.Entry<Path, TextureData>> eldest = kept.entrySet().iterator(); keptBytes > budget; ) {
            keptBytes -= eldest.next().getValue().rgba().length;
            eldest.remove();
        }
    }
}
