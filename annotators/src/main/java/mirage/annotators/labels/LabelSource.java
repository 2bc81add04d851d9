package mirage.annotators.labels;

import java.util.List;

/**
 * A dataset's labels as the exporters read them: its categories, its depth scale and its frames, which may be
 * streamed (read one at a time, each time they are iterated) rather than held in memory. Frames come in frame
 * order, each one checked against the categories ({@link DatasetLabels#checkInstances}).
 */
public interface LabelSource {
    /** Categories 1..K in id order. */
    List<CategoryLabel> categories();

    /** Millimetres per depth PNG unit. */
    double depthScale();

    /** The frames in frame order; each iteration reads them anew. */
    Iterable<FrameLabel> frames();

    /** The category with this id (1..K). */
    default CategoryLabel category(int id) {
        return categories().get(id - 1);
    }
}
