package mirage.annotators.labels;

/**
 * Where an instance's model sits: its transforms to world and camera and their parts. Matrices are row-major;
 * camera space is OpenCV (x right, y down, z forward), metres. Arrays are copied on construction and returned as
 * copies; equality compares their contents.
 *
 * <p>Checked here: lengths and finiteness, both 4x4 matrices affine (last row {@code [0, 0, 0, 1]}), the rotation
 * orthonormal with determinant +1, {@code scale > 0}, {@code size >= 0} and
 * {@code modelToCamera = [R diag(scale) | t]}, all within {@link Checks#TOLERANCE}.
 *
 * @param modelToWorld 16 numbers: asset file coordinates to world, including scale
 * @param modelToCamera 16 numbers: asset file coordinates to camera, {@code [R diag(scale) | t]}
 * @param rotation 9 numbers: the pure rotation R from model to camera axes
 * @param translation 3 numbers, metres: the camera-space position of the model origin
 * @param scale 3 numbers, each {@code > 0}: the scale of model x, y, z in {@code modelToCamera} (applied before R)
 * @param size 3 numbers, metres: the model bounding-box extents along model x, y, z, each times its {@code scale}
 */
public record PoseLabel(double[] modelToWorld, double[] modelToCamera, double[] rotation, double[] translation,
        double[] scale, double[] size) {

    public PoseLabel {
        modelToWorld = Checks.finite(modelToWorld, 16, "model_to_world");
        modelToCamera = Checks.finite(modelToCamera, 16, "model_to_camera");
        rotation = Checks.finite(rotation, 9, "rotation");
        translation = Checks.finite(translation, 3, "translation");
        scale = Checks.finite(scale, 3, "scale");
        size = Checks.finite(size, 3, "size");
        Checks.affine(modelToWorld, "model_to_world");
        Checks.affine(modelToCamera, "model_to_camera");
        Checks.rotation(rotation, "rotation");
        for (int j = 0; j < 3; j++) {
            Checks.require(scale[j] > 0, "scale[" + j + "] must be positive: " + scale[j]);
            Checks.require(size[j] >= 0, "size[" + j + "] must be >= 0: " + size[j]);
        }
        checkModelToCamera(modelToCamera, rotation, translation, scale);
    }

    /** Column j of the 3x3 part of {@code modelToCamera} is {@code scale[j]} times R's; column 3 is t. */
    private static void checkModelToCamera(double[] m, double[] rotation, double[] translation, double[] scale) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Checks.require(Checks.near(Checks.at4(m, i, j), scale[j] * rotation[i * 3 + j], scale[j]),
                        "model_to_camera[" + i + "][" + j + "] != rotation[" + i + "][" + j + "] * scale[" + j + "]");
            }
            Checks.require(Checks.near(Checks.at4(m, i, 3), translation[i], Math.abs(translation[i])),
                    "model_to_camera[" + i + "][3] != translation[" + i + "]");
        }
    }

    @Override
    public double[] modelToWorld() {
        return modelToWorld.clone();
    }

    @Override
    public double[] modelToCamera() {
        return modelToCamera.clone();
    }

    @Override
    public double[] rotation() {
        return rotation.clone();
    }

    @Override
    public double[] translation() {
        return translation.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public double[] size() {
        return size.clone();
    }

    // Equality, hash and text by content, arrays included (see RecordContents).
    @Override public boolean equals(Object o) { return RecordContents.equal(this, o); }
    @Override public int hashCode() { return RecordContents.hash(this); }
    @Override public String toString() { return RecordContents.text(this); }
}
