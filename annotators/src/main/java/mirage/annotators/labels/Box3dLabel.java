package mirage.annotators.labels;

import java.util.Arrays;

/**
 * The 3D bounding box of an instance's model, in camera space and projected. Camera space is OpenCV (x right,
 * y down, z forward), metres; image coordinates are pixel-centre coordinates (see {@link CameraLabel}). Arrays are
 * copied on construction and returned as copies; equality compares their contents.
 *
 * <p>Checked here: lengths and finiteness. That the corners span the pose's size along its rotated axes is checked
 * by {@link InstanceLabel}; that the image corners are the projection of the camera corners by {@link FrameLabel}.
 *
 * @param camera 24 numbers: the 8 corners (x, y, z) of the model bounding box in camera space, metres; corner c
 *     takes the maximum x if {@code (c & 1) != 0}, else the minimum, y from {@code c & 2}, z from {@code c & 4}
 * @param image 16 numbers: (u, v) of those corners in pixel-centre coordinates; null when a corner is not in front
 *     of the camera (z {@code <= 0})
 */
public record Box3dLabel(double[] camera, double[] image) {
    public Box3dLabel {
        camera = Checks.finite(camera, 24, "box3d_camera");
        image = Checks.finiteOrNull(image, 16, "box3d_image");
    }

    @Override
    public double[] camera() {
        return camera.clone();
    }

    @Override
    public double[] image() {
        return image == null ? null : image.clone();
    }

    /** Camera-space corner c (0..7): {x, y, z}, metres. */
    public double[] corner(int c) {
        return Arrays.copyOfRange(camera, c * 3, c * 3 + 3);
    }

    // Equality, hash and text by content, arrays included (see RecordContents).
    @Override public boolean equals(Object o) { return RecordContents.equal(this, o); }
    @Override public int hashCode() { return RecordContents.hash(this); }
    @Override public String toString() { return RecordContents.text(this); }
}
