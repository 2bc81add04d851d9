/**
 * Label exporters, one class per format, all written from {@link mirage.annotators.labels.DatasetLabels}: COCO,
 * YOLO (Ultralytics), Pascal VOC, KITTI, BOP. {@link mirage.annotators.export.ExportFormat} names them and builds
 * them. Layouts, keys and pixel conventions: docs/FORMATS.md.
 */
package mirage.annotators.export;
