package mirage.scenes.spec;

/**
 * A named 3D point on an asset, projected into every frame as a keypoint.
 *
 * @param name     printable (see {@link Names}), unique within its object entry (required)
 * @param position in the asset file's own coordinates, as imported (required)
 */
public record KeypointSpec(String name, Vec3 position) {
    /** Most keypoints one object entry may have. */
    public static final int MAX_PER_OBJECT = 256;

    public KeypointSpec {
        Names.check("name", Checks.required(name, "name"));
        Bound.COORDINATE.check("position", Checks.required(position, "position"));
    }
}
