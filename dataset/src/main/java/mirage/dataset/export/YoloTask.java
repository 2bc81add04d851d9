package mirage.dataset.export;

/** Which Ultralytics label lines are written. */
public enum YoloTask {
    /** {@code class x_center y_center width height}, normalised. */
    DETECT,
    /** {@code class x1 y1 x2 y2 ...}, the normalised outer contour of the largest part of the visible mask. */
    SEGMENT
}
