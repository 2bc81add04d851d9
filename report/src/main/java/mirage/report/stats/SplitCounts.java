package mirage.report.stats;

import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;

/**
 * What one split (or the whole dataset) holds: images, images without an annotation, and per category (index
 * {@code id - 1}) instances (every placed instance in the records), annotations (instances with an annotation id,
 * as COCO counts them, ignored ones included), ignored annotations, and annotations truncated by at least
 * {@link #TRUNCATED} (share of the silhouette outside the image).
 */
public final class SplitCounts {
    public static final double TRUNCATED = 0.5;

    private final String name;
    private long images;
    private long framesWithoutAnnotations;
    private final long[] instances;
    private final long[] annotations;
    private final long[] ignored;
    private final long[] truncated;

    public SplitCounts(String name, int categories) {
        this.name = name;
        instances = new long[categories];
        annotations = new long[categories];
        ignored = new long[categories];
        truncated = new long[categories];
    }

    /** Counts one frame; its instances' category ids are 1..categories (checked by the reader). */
    public void accept(FrameLabel frame) {
        images++;
        boolean any = false;
        for (InstanceLabel inst : frame.instances()) {
            int c = inst.categoryId() - 1;
            instances[c]++;
            if (!inst.annotated()) continue;
            any = true;
            annotations[c]++;
            if (inst.visibility().ignore()) ignored[c]++;
            if (inst.visibility().truncation() >= TRUNCATED) truncated[c]++;
        }
        if (!any) framesWithoutAnnotations++;
    }

    /** The split's name; "" for the whole dataset. */
    public String name() {
        return name;
    }

    public long images() {
        return images;
    }

    public long framesWithoutAnnotations() {
        return framesWithoutAnnotations;
    }

    public long instances(int categoryId) {
        return instances[categoryId - 1];
    }

    public long annotations(int categoryId) {
        return annotations[categoryId - 1];
    }

    public long ignored(int categoryId) {
        return ignored[categoryId - 1];
    }

    public long truncated(int categoryId) {
        return truncated[categoryId - 1];
    }

    public long instances() {
        return sum(instances);
    }

    public long annotations() {
        return sum(annotations);
    }

    public long ignored() {
        return sum(ignored);
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }
}
