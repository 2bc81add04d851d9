/**
 * Pure label functions over plain buffers: no GL, no global state.
 *
 * <p>Conventions used throughout: images are row-major with the origin at the top-left pixel; id 0 is background
 * and k in 1..N is instance k of the frame; boxes are {@code [x, y, w, h]} in pixel-edge coordinates, where
 * (x, y) is the top-left corner of the top-left pixel of the box, so pixel (col i, row j) is the square
 * {@code [i, i+1) x [j, j+1)}; COCO RLE counts are column-major and start with a run of zeros.
 */
package mirage.annotators;
