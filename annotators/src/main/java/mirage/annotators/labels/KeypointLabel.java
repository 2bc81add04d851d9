package mirage.annotators.labels;

/**
 * One 3D keypoint of an instance, projected into the frame.
 *
 * @param name the keypoint's name, as listed by its category
 * @param u column in pixel-centre coordinates: integer u is the centre of pixel column u, so the image spans
 *     {@code [-0.5, width - 0.5)}; any finite value when {@code visibility == OUTSIDE}
 * @param v row in pixel-centre coordinates, as {@code u}
 * @param depth camera-space z of the keypoint, metres (OpenCV camera: z forward); {@code <= 0} behind the camera
 * @param visibility outside the image, occluded, or visible; {@code OCCLUDED} and {@code VISIBLE} require the
 *     point to be in front of the camera and inside the image (checked by {@link FrameLabel})
 */
public record KeypointLabel(String name, double u, double v, double depth, KeypointVisibility visibility) {
    public KeypointLabel {
        Checks.nonBlank(name, "keypoint name");
        Checks.finite(u, "keypoint '" + name + "' u");
        Checks.finite(v, "keypoint '" + name + "' v");
        Checks.finite(depth, "keypoint '" + name + "' depth");
        java.util.Objects.requireNonNull(visibility, "keypoint '" + name + "' visibility");
        if (visibility != KeypointVisibility.OUTSIDE) {
            Checks.require(depth > 0, "keypoint '" + name + "' is " + visibility.jsonName()
                    + " but its depth " + depth + " is not in front of the camera");
        }
    }

    /** Whether (u, v) lies inside a {@code width x height} image: {@code -0.5 <= u < width - 0.5}, same for v. */
    public boolean insideImage(int width, int height) {
        return u >= -0.5 && u < width - 0.5 && v >= -0.5 && v < height - 0.5;
    }
}
