package mirage.report.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.FrameLabel;

/**
 * Everything the report counts over a dataset's records, fed one record at a time; memory does not grow with the
 * number of records. Splits: those of {@code dataset.json} in order, then (at most {@link #MAX_SPLITS} in all)
 * any other split a record names.
 */
public final class DatasetStats {
    public static final int MAX_SPLITS = 64;

    private final List<CategoryLabel> categories;
    private final SplitCounts all;
    private final Map<String, SplitCounts> splits = new LinkedHashMap<>();
    private final FrameStats frames = new FrameStats();
    private final InstanceStats instances;
    private final SceneKnobs scene = new SceneKnobs();

    public DatasetStats(List<CategoryLabel> categories, List<String> splitNames, int smallSide) {
        this.categories = List.copyOf(categories);
        this.all = new SplitCounts("", categories.size());
        this.instances = new InstanceStats(smallSide);
        for (String s : splitNames) splits.put(s, new SplitCounts(s, categories.size()));
    }

    /** Counts one record (checked against the categories by the reader). */
    public void accept(FrameLabel frame) {
        all.accept(frame);
        if (frame.split() != null) {
            SplitCounts s = splits.get(frame.split());
            if (s == null && splits.size() < MAX_SPLITS) splits.put(frame.split(), s = new SplitCounts(frame.split(), categories.size()));
            if (s != null) s.accept(frame);
        }
        frames.accept(frame);
        instances.accept(frame);
        scene.accept(frame.scene());
    }

    public List<CategoryLabel> categories() {
        return categories;
    }

    /** The whole dataset's counts. */
    public SplitCounts all() {
        return all;
    }

    /** Each split's counts, in order; empty without splits. */
    public List<SplitCounts> splits() {
        return new ArrayList<>(splits.values());
    }

    public FrameStats frames() {
        return frames;
    }

    public InstanceStats instances() {
        return instances;
    }

    public SceneKnobs scene() {
        return scene;
    }
}
