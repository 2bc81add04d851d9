package mirage.scenes.spec;

/**
 * How a textured or procedural surface's UVs are transformed: uv' = R(rotation) (scale uv) + offset, R turning
 * counter-clockwise in the (u, v) plane (see {@link mirage.scenes.model.Material.UvTransform}).
 *
 * @param scale       multiplies u and v, &gt; 0 [1]
 * @param offset      added to u and to v, each drawn separately, UV units [0]
 * @param rotationDeg degrees [0]
 */
public record UvSpec(Distribution scale, Distribution offset, Distribution rotationDeg) {
    /** Leaves UVs as they are. */
    public static final UvSpec IDENTITY = new UvSpec(null, null, null);

    public UvSpec {
        scale = Checks.orDefault(scale, Distribution.constant(1));
        Range.positive().within(Bound.FACTOR).check("scale", scale);
        offset = Checks.orDefault(offset, Distribution.constant(0));
        Range.any().within(Bound.UV).check("offset", offset);
        rotationDeg = Checks.orDefault(rotationDeg, Distribution.constant(0));
        Range.any().within(Bound.ANGLE).check("rotation_deg", rotationDeg);
    }
}
