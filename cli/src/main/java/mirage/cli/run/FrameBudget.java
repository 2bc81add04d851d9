package mirage.cli.run;

import mirage.core.Limits;
import mirage.core.error.MirageException;
import mirage.scenes.spec.ClassBalanceSpec;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SplitPlan;

/**
 * How many encoder threads and frames in flight fit in the heap, for a frame size. A rendered frame holds its
 * buffers (colour, ids, depth, normals: 16 bytes a pixel, and 4 bytes a pixel per 32 instances of amodal masks; the
 * coverage image's byte a pixel when it is on)
 * from readback until its files are written; each encoder thread also needs a working set while it encodes
 * (semantic mask and depth units, 8 bytes a pixel; the sensor effects' float image, 16 more, or 28 with blur; a
 * JPEG's 3). With {@code slots} frames queued or encoding and one frame per GL context being rendered, the run
 * needs about {@code (slots + contexts) frame + workers work} bytes, which must stay within {@link #HEAP_SHARE} of
 * the heap less a {@link #BASELINE}. The default is {@code slots = 2 workers + contexts - 1}; fewer workers and
 * slots are used when that does not fit, and a frame that does not fit even alone is refused before rendering.
 *
 * @param workers encoder threads
 * @param slots   frames queued or encoding at once
 */
record FrameBudget(int workers, int slots) {
    /** The share of the maximum heap the frames may take. */
    static final double HEAP_SHARE = 0.8;
    /** Heap the run needs besides its frames: assets, textures, the JVM's own. */
    static final long BASELINE = 64L << 20;

    /**
     * What one frame costs.
     *
     * @param frameBytes bytes a rendered frame holds until written
     * @param workBytes  bytes an encoder thread needs while it writes a frame
     */
    record Cost(long frameBytes, long workBytes) {
        static Cost of(int width, int height, int maxInstances, boolean effects, boolean blur, boolean jpeg) {
            long px = (long) width * height;
            long layers = (maxInstances + 31) / 32;
            long work = 8 + (effects ? 16 : 0) + (blur ? 12 : 0) + (jpeg ? 3 : 0);
            return new Cost(px * (16 + 4 * layers), px * work);
        }

        long need(int workers, int slots, int contexts) {
            return (slots + contexts) * frameBytes + workers * workBytes;
        }
    }

    /**
     * The most workers (up to {@code wanted}) and slots that fit {@code maxHeap}.
     *
     * @throws MirageException naming the frame size, the heap it needs and the heap there is, when one frame does
     *     not fit
     */
    static FrameBudget of(Cost cost, int wanted, int contexts, long maxHeap, String frameSize) {
        long usable = (long) (maxHeap * HEAP_SHARE) - BASELINE;
        for (int w = wanted; w >= 1; w--)
            for (int slots = 2 * w + contexts - 1; slots >= w; slots--)
                if (cost.need(w, slots, contexts) <= usable) return new FrameBudget(w, slots);
        long needed = (long) ((cost.need(1, 1, contexts) + BASELINE) / HEAP_SHARE);
        throw new MirageException(frameSize + " frames need a heap of about " + mib(needed) + " MiB to render one at a time"
                + " (" + contexts + " GL context(s)); this JVM has " + mib(maxHeap) + " MiB: raise it (MIRAGE_JAVA_OPTS=-Xmx"
                + (needed / (1L << 30) + 1) + "g) or render smaller images");
    }

    /**
     * The budget of a run: its largest frame (over its splits) in {@code maxHeap}. Says so on stderr when fewer
     * encoder threads than asked fit.
     */
    static FrameBudget forRun(SplitPlan plan, int workers, int contexts, long maxHeap) {
        Cost worst = null;
        String size = "";
        for (SplitPlan.Part part : plan.parts()) {
            SceneSpec s = part.spec();
            Cost c = Cost.of(s.image().width(), s.image().height(), (int) Math.min(Limits.MAX_INSTANCES, maxInstances(s)), !s.effects().isNone(),
                    s.effects().blurSigma().max() > 0, s.effects().jpegQuality() != null);
            if (s.outputs().coverageOrDefault()) {   // the coverage counts held, and their PNG values while encoding: a byte a pixel each
                long px = (long) s.image().width() * s.image().height();
                c = new Cost(c.frameBytes() + px, c.workBytes() + px);
            }
            if (worst == null || c.need(1, 1, 1) > worst.need(1, 1, 1)) {
                worst = c;
                size = s.image().width() + "x" + s.image().height();
            }
        }
        FrameBudget b = of(worst, workers, contexts, maxHeap, size);
        if (b.workers() < workers)
            System.err.printf("mirage: %s frames: %d encoder thread(s) and %d frame(s) in flight fit in this JVM's %d MiB"
                    + " heap (asked for %d threads)%n", size, b.workers(), b.slots(), mib(maxHeap), workers);
        return b;
    }

    /** The most instances one frame of the spec may hold: by the objects' counts, or by its class balance. */
    static long maxInstances(SceneSpec s) {
        ClassBalanceSpec balance = s.classBalance();
        if (balance == null) return s.objects().stream().mapToLong(o -> (long) o.count().max()).sum();
        if (balance.instancesPerFrame() != null) return (long) balance.instancesPerFrame().max();
        long frames = Math.max(1, s.frames());   // targets are dealt out: at most ceil(target / frames) a frame
        return balance.targets().values().stream().mapToLong(t -> (t + frames - 1) / frames).sum();
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }
}
