package mirage.annotators.labels;

/**
 * The checks of {@link InstanceLabel} that span its parts; each throws an {@link IllegalArgumentException} that
 * starts with {@code who}.
 */
final class InstanceChecks {
    private InstanceChecks() {
    }

    /** {@code visibility = visible / amodal} pixels within 1e-6, 0 when amodal is 0. */
    static void visibility(String who, MasksLabel masks, VisibilityLabel visibility) {
        long visible = masks.visible().pixels();
        long amodal = masks.amodal().pixels();
        double expected = amodal == 0 ? 0 : (double) visible / amodal;
        Checks.require(Math.abs(visibility.visibility() - expected) <= 1e-6, who + ": visibility "
                + visibility.visibility() + " != visible_pixels / amodal_pixels = " + expected);
    }

    /** Each of the 12 box edges must equal {@code size[axis]} times column {@code axis} of the rotation. */
    static void box3d(String who, Box3dLabel box3d, PoseLabel pose) {
        double[] corners = box3d.camera();
        double[] rotation = pose.rotation();
        double[] size = pose.size();
        double scale = Math.max(Math.max(size[0], size[1]), size[2]);
        for (int c = 0; c < 8; c++) {
            for (int axis = 0; axis < 3; axis++) {
                int bit = 1 << axis;
                if ((c & bit) != 0) continue;
                int d = c | bit;
                for (int k = 0; k < 3; k++) {
                    double edge = corners[d * 3 + k] - corners[c * 3 + k];
                    Checks.require(Checks.near(edge, size[axis] * rotation[k * 3 + axis], scale),
                            who + ": box3d_camera corners " + c + " -> " + d + " do not span size[" + axis
                                    + "] along rotation column " + axis);
                }
            }
        }
    }
}
