package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetLibraryTest {
    @TempDir
    Path dir;

    @Test
    void eachModelAndImageIsLoadedOnceAndShared() {
        AssetLibrary lib = new AssetLibrary();
        Path cube = TestModels.objCube(dir, null);
        Path png = TestImages.writePng(dir.resolve("t.png"), TestImages.argb2x2());
        Model first = lib.model(cube);
        assertSame(first, lib.model(dir.resolve("sub/../cube.obj")), "same file through a non-normalised path");
        assertSame(lib.image(png), lib.image(png));
        assertEquals(1, lib.modelCount());
        assertEquals(1, lib.imageCount());
        assertEquals(cube.toAbsolutePath().normalize(), first.source());
    }

    @Test
    void relativePathsAreMadeAbsolute() {
        AtomicInteger calls = new AtomicInteger();
        List<Path> seen = new ArrayList<>();
        AssetLibrary lib = new AssetLibrary(p -> fail(p, calls), p -> {
            seen.add(p);
            return new TextureData(1, 1, new byte[4], p.toString());
        });
        lib.image(Path.of("some/./relative.png"));
        assertEquals(List.of(Path.of("some/relative.png").toAbsolutePath()), seen);
    }

    @Test
    void aFailureIsLoadedOnceAndReportedEveryTime() {
        AtomicInteger calls = new AtomicInteger();
        AssetLibrary lib = new AssetLibrary(p -> fail(p, calls), p -> null);
        Path file = dir.resolve("broken.glb");
        AssetException a = assertThrows(AssetException.class, () -> lib.model(file));
        AssetException b = assertThrows(AssetException.class, () -> lib.model(file));
        assertEquals(file + ": broken on purpose", a.getMessage());
        assertEquals(a.getMessage(), b.getMessage());
        assertNotSame(a, b);
        assertEquals(1, calls.get());
    }

    @Test
    void realLoaderFailuresPropagate() {
        AssetLibrary lib = new AssetLibrary();
        Path missing = dir.resolve("missing.obj");
        assertEquals(missing + ": does not exist", assertThrows(AssetException.class, () -> lib.model(missing)).getMessage());
        assertEquals(missing + ": does not exist", assertThrows(AssetException.class, () -> lib.model(missing)).getMessage());
        Path missingImage = dir.resolve("missing.png");
        assertEquals(missingImage + ": does not exist", assertThrows(AssetException.class, () -> lib.image(missingImage)).getMessage());
    }

    @Test
    void concurrentRequestsShareOneLoad() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Model model = new AssetLibrary().model(TestModels.objCube(dir, null));
        AssetLibrary lib = new AssetLibrary(p -> {
            calls.incrementAndGet();
            sleep(50);
            return model;
        }, p -> null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Model>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) results.add(pool.submit(() -> {
                start.await();
                return lib.model(dir.resolve("x.glb"));
            }));
            start.countDown();
            for (Future<Model> r : results) assertSame(model, r.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.get());
    }

    private static Model fail(Path p, AtomicInteger calls) {
        calls.incrementAndGet();
        throw new AssetException(p, "broken on purpose");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
