/**
 * The label model: immutable, validated records of everything labelled per frame ({@link
 * mirage.annotators.labels.FrameLabel}, {@link mirage.annotators.labels.InstanceLabel}, {@link
 * mirage.annotators.labels.CameraLabel}, {@link mirage.annotators.labels.KeypointLabel}) and per dataset ({@link
 * mirage.annotators.labels.DatasetLabels}). It is the one source every export format is written from, and what
 * {@code frames/NNNNNN.json} holds ({@link mirage.annotators.labels.FrameLabelJson}).
 *
 * <p>Conventions: camera space is OpenCV (x right, y down, z forward), metres; matrices are row-major; boxes are
 * {@link mirage.annotators.mask.PixelBox}es in pixel-edge coordinates; image points (u, v) are pixel-centre
 * coordinates (integer = centre of that pixel). Arrays are copied in and out.
 */
package mirage.annotators.labels;
