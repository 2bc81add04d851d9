package mirage.scenes.spec;

/**
 * {@code environment.sun}: a directional light that stands in for the environment map's sun, travelling from the
 * map's brightest patch above the horizon (turned with the map), coloured like that patch, casting shadows. It adds
 * on top of the map's own light, like any light. See {@code mirage.assets.EnvironmentSun}.
 *
 * @param intensity the light's intensity, as for a directional light (multiplies the patch's colour, whose largest
 *                  channel is 1), &gt;= 0, drawn per frame [2]
 * @param size      the sun's angular diameter, degrees, as a directional light's {@code size}: it widens the shadows'
 *                  penumbrae (soft shadows), drawn per frame [0.53, the sun's]
 */
public record SunSpec(Distribution intensity, Distribution size) {
    /** The sun's angular diameter seen from the earth, degrees. */
    public static final double SUN_DIAMETER_DEG = 0.53;

    public SunSpec {
        intensity = Checks.orDefault(intensity, Distribution.constant(2));
        Range.nonNegative().within(Bound.RADIANCE).check("intensity", intensity);
        size = Checks.orDefault(size, Distribution.constant(SUN_DIAMETER_DEG));
        Range.closed(0, LightSpec.MAX_ANGULAR_DIAMETER_DEG).check("size", size);
    }
}
