/**
 * Label exporters, one class per format, all written from a {@link mirage.annotators.labels.LabelSource} (streamed from a dataset folder, or in memory): COCO,
 * YOLO (Ultralytics), Pascal VOC, KITTI, BOP. {@link mirage.dataset.export.ExportFormat} names them and builds
 * them. Layouts, keys and pixel conventions: docs/FORMATS.md.
 */
package mirage.dataset.export;
