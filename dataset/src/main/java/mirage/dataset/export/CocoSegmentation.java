package mirage.dataset.export;

/** How COCO {@code segmentation} is written. */
public enum CocoSegmentation {
    /** Compressed RLE of the visible mask: exact, the default. */
    RLE,
    /** Edge-traced outer rings of the visible mask's 8-connected parts: exact unless the mask has holes. */
    POLYGON
}
