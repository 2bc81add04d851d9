package mirage.scenes.spec;

/**
 * A named 3D point on an asset, projected into every frame as a keypoint.
 *
 * @param name     non-empty, unique within its object entry (required)
 * @param position in the asset file's own coordinates, as imported (required)
 */
public record KeypointSpec(String name, Vec3 position) {
    /** Most keypoints one object entry may have. */
    public static final int MAX_PER_OBJECT = 256;

    public KeypointSpec {
        if (Checks.required(name, "name").isBlank()) throw SpecViolation.invalid("name", "must be a non-empty name");
        Checks.required(position, "position");
    }
}
