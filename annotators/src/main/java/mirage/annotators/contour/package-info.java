/** Mask outlines along pixel edges (polygon vertices at pixel corners), for COCO and YOLO polygon output. */
package mirage.annotators.contour;
