package mirage.dataset.export;

import java.util.Objects;
import mirage.annotators.coco.CocoInfo;

/**
 * Format options for {@link ExportFormat#exporter(ExportOptions)}; formats ignore the options of others.
 *
 * @param cocoSegmentation COCO {@code segmentation}: RLE (default, exact) or edge-traced polygons
 * @param yoloTask YOLO lines: boxes (default) or polygons
 * @param cocoInfo the COCO {@code info} object
 */
public record ExportOptions(CocoSegmentation cocoSegmentation, YoloTask yoloTask, CocoInfo cocoInfo) {
    /** RLE, boxes, and an info naming Mirage with version "unknown". */
    public static final ExportOptions DEFAULTS = new ExportOptions(CocoSegmentation.RLE, YoloTask.DETECT,
            new CocoInfo("Mirage synthetic dataset", "unknown"));

    public ExportOptions {
        Objects.requireNonNull(cocoSegmentation, "cocoSegmentation");
        Objects.requireNonNull(yoloTask, "yoloTask");
        Objects.requireNonNull(cocoInfo, "cocoInfo");
    }
}
