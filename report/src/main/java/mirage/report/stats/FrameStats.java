package mirage.report.stats;

import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.FrameLabel;

/**
 * Per-frame figures: annotations per image (a histogram with bins at least 1 wide), the first frames without any
 * annotation, the range of image sizes and of the camera's near and far planes.
 */
public final class FrameStats {
    /** Frames named as examples of frames without annotations. */
    public static final int EXAMPLES = 10;

    private final AdaptiveHistogram annotationsPerImage = new AdaptiveHistogram(0);
    private final List<Integer> withoutAnnotations = new ArrayList<>();
    private int minWidth = Integer.MAX_VALUE;
    private int maxWidth;
    private int minHeight = Integer.MAX_VALUE;
    private int maxHeight;
    private double near = Double.POSITIVE_INFINITY;
    private double far = Double.NEGATIVE_INFINITY;

    public void accept(FrameLabel frame) {
        long annotations = frame.instances().stream().filter(i -> i.annotated()).count();
        annotationsPerImage.add(annotations);
        if (annotations == 0 && withoutAnnotations.size() < EXAMPLES) withoutAnnotations.add(frame.frame());
        minWidth = Math.min(minWidth, frame.camera().width());
        maxWidth = Math.max(maxWidth, frame.camera().width());
        minHeight = Math.min(minHeight, frame.camera().height());
        maxHeight = Math.max(maxHeight, frame.camera().height());
        near = Math.min(near, frame.camera().near());
        far = Math.max(far, frame.camera().far());
    }

    public AdaptiveHistogram annotationsPerImage() {
        return annotationsPerImage;
    }

    /** The first frames without an annotation. */
    public List<Integer> withoutAnnotations() {
        return List.copyOf(withoutAnnotations);
    }

    /** Image widths and heights seen: {min width, max width, min height, max height}; zeros without frames. */
    public int[] imageSizes() {
        return maxWidth == 0 ? new int[4] : new int[] {minWidth, maxWidth, minHeight, maxHeight};
    }

    /** The smallest near plane over the frames, metres. */
    public double near() {
        return near;
    }

    /** The largest far plane over the frames, metres. */
    public double far() {
        return far;
    }
}
