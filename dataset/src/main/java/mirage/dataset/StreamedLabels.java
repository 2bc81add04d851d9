package mirage.dataset;

import java.util.Iterator;
import java.util.List;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.LabelSource;

/**
 * A dataset's labels read from its folder one record at a time, each time they are iterated, in frame order; each
 * record is checked against the categories as it is read ({@link DatasetLabels#checkInstances}).
 */
public final class StreamedLabels implements LabelSource {
    private final DatasetReader reader;
    private final List<CategoryLabel> categories;
    private final double depthScale;

    StreamedLabels(DatasetReader reader, List<CategoryLabel> categories, double depthScale) {
        this.reader = reader;
        this.categories = List.copyOf(categories);
        this.depthScale = depthScale;
    }

    @Override public List<CategoryLabel> categories() {
        return categories;
    }

    @Override public double depthScale() {
        return depthScale;
    }

    @Override public Iterable<FrameLabel> frames() {
        return frames(0, reader.frameBound());
    }

    /** The records of frames {@code from .. to - 1} that are present, checked. */
    public Iterable<FrameLabel> frames(int from, int to) {
        Iterable<FrameLabel> records = reader.records(from, to);
        return () -> {
            Iterator<FrameLabel> it = records.iterator();
            return new Iterator<>() {
                @Override public boolean hasNext() {
                    return it.hasNext();
                }

                @Override public FrameLabel next() {
                    FrameLabel f = it.next();
                    reader.check(() -> DatasetLabels.checkInstances(f, categories));
                    return f;
                }
            };
        };
    }
}
