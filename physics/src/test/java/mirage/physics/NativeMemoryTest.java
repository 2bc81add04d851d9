package mirage.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

class NativeMemoryTest {
    private static PhysicsWorld tiny(int i) {
        return Worlds.world(List.of(Worlds.floor()), Worlds.bin(0.1, 0.05), List.of(
                Worlds.body(Worlds.parts(Primitive.CUBE, CollisionKind.HULL), new Matrix4d().translation(0, 0.05, 0).rotateY(i).scale(0.05)),
                Worlds.body(Worlds.parts(Primitive.TORUS, CollisionKind.HULL), new Matrix4d().translation(0.05, 0.1, 0).rotateX(i).scale(0.05))), 20);
    }

    /** Resident set size of this process, bytes (Linux). */
    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:")) return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
        throw new IllegalStateException("no VmRSS");
    }

    @Test
    void aSettleLeavesNoNativeObjectBehind() {
        Settler.settle(tiny(0));   // loads the library, starts its cleaner thread
        int before = NativeFree.tracked();
        Settler.settle(tiny(1));
        assertEquals(before, NativeFree.tracked(), "native objects tracked by Libbulletjme before and after a settle");
    }

    /**
     * Native memory must not grow with the frame count. RSS also holds the Java heap, which grows until the collector
     * settles on a size, so the check compares the second half of the run with the first: a leak of even a few
     * dozen kilobytes a world (one world's collision configuration alone is more) would show there. Run alone the
     * second half grows by about 0.4 MiB; after the other tests in the same JVM (malloc arenas of their threads, JIT)
     * up to about 16 MiB, hence the 32 MiB bound.
     */
    @Test
    void fiveThousandWorldsKeepMemoryFlat() throws IOException {
        for (int i = 0; i < 500; i++) Settler.settle(tiny(i));
        long start = rss();
        long t0 = System.nanoTime();
        for (int i = 0; i < 2500; i++) Settler.settle(tiny(i));
        long half = rss();
        for (int i = 2500; i < 5000; i++) Settler.settle(tiny(i));
        long end = rss();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("5000 tiny worlds (7 statics, 2 bodies, 20 steps): %.3f ms each; RSS %+.1f MiB in the first 2500, "
                        + "%+.1f MiB in the second; heap committed %.0f MiB%n", (System.nanoTime() - t0) / 1e6 / 5000,
                (half - start) / 1048576.0, (end - half) / 1048576.0, rt.totalMemory() / 1048576.0);
        assertTrue(end - half < 32L << 20, "RSS grew by " + (end - half) / 1048576 + " MiB over the last 2500 worlds");
    }
}
