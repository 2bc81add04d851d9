package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mirage.renderer.Renderer;
import mirage.renderer.egl.GlDevice;
import org.junit.jupiter.api.Test;

/** The GL context pool alone, with two llvmpipe contexts: each runs the work on its own thread, failures pass on. */
class RenderContextsTest {
    @Test
    void eachContextRunsTheWorkOnItsOwnThread() {
        Set<Renderer> renderers = ConcurrentHashMap.newKeySet();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (RenderContexts contexts = RenderContexts.open(GlDevice.SOFTWARE, 2)) {
            assertEquals(2, contexts.count());
            assertTrue(contexts.info().glRenderer().length() > 0);
            contexts.run(r -> {
                renderers.add(r);
                threads.add(Thread.currentThread());
            });
        }
        assertEquals(2, renderers.size());
        assertEquals(2, threads.size());
        assertTrue(threads.contains(Thread.currentThread()), "the first context works on the opening thread");
    }

    @Test
    void oneFailureStopsTheOthersAndIsThrown() {
        IllegalStateException boom = new IllegalStateException("frame 3: broken");
        AtomicInteger laps = new AtomicInteger();
        try (RenderContexts contexts = RenderContexts.open(GlDevice.SOFTWARE, 2)) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> contexts.run(r -> {
                if (Thread.currentThread().getName().startsWith("mirage-gl-")) throw boom;
                while (!contexts.failing()) laps.incrementAndGet();   // stops once the other context failed
            }));
            assertSame(boom, thrown);
        }
    }

    @Test
    void softwareWithoutACountOpensOne() {
        try (RenderContexts contexts = RenderContexts.open(GlDevice.SOFTWARE, 0)) {
            assertEquals(1, contexts.count());
        }
        assertThrows(IllegalArgumentException.class, () -> RenderContexts.open(GlDevice.SOFTWARE, RenderContexts.MAX + 1));
    }
}
