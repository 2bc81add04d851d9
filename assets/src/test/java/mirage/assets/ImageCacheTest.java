package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Decoded images are kept within a byte budget, least recently used dropped first; a dropped image is decoded
 * again to the same bytes; one larger than the budget is returned and not kept; a failure is decoded once.
 */
class ImageCacheTest {
    private final Map<Path, AtomicInteger> decodes = new ConcurrentHashMap<>();

    /** A 4x4 image (64 bytes) whose bytes depend on the file name; "big" is 16x16, "broken" fails. */
    private TextureData decode(Path p) {
        decodes.computeIfAbsent(p, k -> new AtomicInteger()).incrementAndGet();
        String name = p.getFileName().toString();
        if (name.equals("broken")) throw new AssetException(p, "broken on purpose");
        int side = name.equals("big") ? 16 : 4;
        byte[] rgba = new byte[side * side * 4];
        for (int i = 0; i < rgba.length; i++) rgba[i] = (byte) (name.hashCode() * 31 + i);
        return new TextureData(side, side, rgba, p.toString());
    }

    private int decodes(String name) {
        return decodes.getOrDefault(Path.of(name), new AtomicInteger()).get();
    }

    @Test void keepsWithinTheBudgetDroppingTheLeastRecentlyUsed() {
        ImageCache cache = new ImageCache(this::decode, 128);   // two 4x4 images
        TextureData a = cache.get(Path.of("a"));
        cache.get(Path.of("b"));
        assertSame(a, cache.get(Path.of("a")), "kept: a is now the most recently used");
        cache.get(Path.of("c"));   // drops b
        assertEquals(128, cache.keptBytes());
        assertSame(a, cache.get(Path.of("a")));
        assertEquals(1, decodes("a"));
        TextureData b = cache.get(Path.of("b"));
        assertEquals(2, decodes("b"), "b was dropped and is decoded again");
        assertArrayEquals(decode(Path.of("b")).rgba(), b.rgba(), "to the same bytes");
        assertTrue(cache.keptBytes() <= 128);
    }

    @Test void anImageLargerThanTheBudgetIsReturnedButNotKept() {
        ImageCache cache = new ImageCache(this::decode, 128);
        cache.get(Path.of("a"));
        assertEquals(16 * 16 * 4, cache.get(Path.of("big")).rgba().length);
        assertEquals(64, cache.keptBytes(), "the small one stays, the big one is not kept");
        cache.get(Path.of("big"));
        assertEquals(2, decodes("big"));
    }

    @Test void aFailureIsDecodedOnceAndReportedEveryTime() {
        ImageCache cache = new ImageCache(this::decode, 128);
        String first = assertThrows(AssetException.class, () -> cache.get(Path.of("broken"))).getMessage();
        String again = assertThrows(AssetException.class, () -> cache.get(Path.of("broken"))).getMessage();
        assertEquals("broken: broken on purpose", first);
        assertEquals(first, again);
        assertEquals(1, decodes("broken"));
    }
}
