package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.geom.Primitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapeLibraryTest {
    @Test
    void vhacdPartsAreBuiltOnceAndComeBackFromTheDiskCache(@TempDir Path dir) throws Exception {
        Path key = PrimitiveMeshes.source(Primitive.CUBE);
        ShapeLibrary first = new ShapeLibrary(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ConvexParts a;
        try {
            Future<ConvexParts> f1 = pool.submit(() -> first.parts(key, Worlds.model(Primitive.CUBE), CollisionKind.VHACD));
            Future<ConvexParts> f2 = pool.submit(() -> first.parts(key, Worlds.model(Primitive.CUBE), CollisionKind.VHACD));
            a = f1.get();
            assertSame(a, f2.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, first.builds().size());
        assertEquals(false, first.builds().get(0).fromDisk());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".bin")).count());
        }
        ShapeLibrary second = new ShapeLibrary(dir);
        ConvexParts b = second.parts(key, Worlds.model(Primitive.CUBE), CollisionKind.VHACD);
        assertTrue(second.builds().get(0).fromDisk());
        assertEquals(a.count(), b.count());
        for (int i = 0; i < a.count(); i++) assertArrayEquals(a.part(i), b.part(i));
        assertEquals(a.volume(), b.volume());
    }
}
