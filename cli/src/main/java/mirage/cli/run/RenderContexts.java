package mirage.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mirage.core.error.MirageException;
import mirage.renderer.Renderer;
import mirage.renderer.RendererInfo;
import mirage.renderer.egl.EglContext;
import mirage.renderer.egl.GlDevice;

/**
 * The GL contexts of a run, the one place a run opens them. Each is a {@link Renderer} confined to one thread: the
 * first is opened by {@link #open} on the calling thread (so a machine without GL fails before any output is
 * written), each further one on a thread of its own, preferring GPU k for context k. Close on the opening thread.
 */
public final class RenderContexts implements AutoCloseable {
    /** Most GL contexts one run may open. */
    static final int MAX = 16;

    private final Renderer first;
    private final GlDevice device;
    private final int count;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private RenderContexts(Renderer first, GlDevice device, int count) {
        this.first = first;
        this.device = device;
        this.count = count;
    }

    /** Opens the first context; {@code count} 0 means one per GPU, or one without a GPU. */
    public static RenderContexts open(GlDevice device, int count) {
        if (count < 0 || count > MAX) throw new IllegalArgumentException("contexts must be 0.." + MAX);
        int n = count > 0 ? count
                : device == GlDevice.SOFTWARE ? 1 : Math.max(1, Math.min(MAX, EglContext.gpuCount()));
        return new RenderContexts(Renderer.open(device), device, n);
    }

    int count() {
        return count;
    }

    public RendererInfo info() {
        return first.info();
    }

    /** The first context's renderer, confined to the thread that opened this pool. */
    public Renderer first() {
        return first;
    }

    /** True once some context's work has failed: the others should stop taking frames. */
    boolean failing() {
        return failure.get() != null;
    }

    /**
     * Runs {@code work} once per context, all at once, each on the context's own thread (the first on the calling
     * thread), and returns when all have returned; then throws the first failure, if any.
     */
    void run(Consumer<Renderer> work) {
        List<Thread> others = new ArrayList<>();
        for (int k = 1; k < count; k++) {
            int gpu = k;
            Thread t = new Thread(() -> {
                try (Renderer own = Renderer.open(device, gpu)) {
                    work.accept(own);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "mirage-gl-" + k);
            t.setDaemon(true);
            t.start();
            others.add(t);
        }
        try {
            work.accept(first);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        for (Thread t : others) join(t);
        RuntimeException e = failure.get();
        if (e != null) throw e;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MirageException("interrupted");
        }
    }

    @Override
    public void close() {
        first.close();
    }
}
