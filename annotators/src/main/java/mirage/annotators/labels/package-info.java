/**
 * The label model: immutable, validated records of everything labelled per frame ({@link
 * mirage.annotators.labels.FrameLabel}, {@link mirage.annotators.labels.CameraLabel}, {@link
 * mirage.annotators.labels.InstanceLabel} with its parts {@link mirage.annotators.labels.PoseLabel}, {@link
 * mirage.annotators.labels.MasksLabel}, {@link mirage.annotators.labels.VisibilityLabel}, {@link
 * mirage.annotators.labels.Box3dLabel} and {@link mirage.annotators.labels.KeypointLabel}) and per dataset ({@link
 * mirage.annotators.labels.DatasetLabels}). It is the one source every export format is written from, and what
 * {@code frames/NNNNNN.json} holds ({@link mirage.annotators.labels.FrameLabelJson}; each record has one JSON codec,
 * {@code <Record>Json}, that both writes and reads it).
 *
 * <p>Conventions: camera space is OpenCV (x right, y down, z forward), metres; matrices are row-major; boxes are
 * {@link mirage.annotators.mask.PixelBox}es in pixel-edge coordinates; image points (u, v) are pixel-centre
 * coordinates (integer = centre of that pixel). Arrays are copied in and out.
 */
package mirage.annotators.labels;
