package mirage.scenes.spec;

/**
 * {@code environment.sun}: a directional light that stands in for the environment map's sun, travelling from the
 * map's brightest patch above the horizon (turned with the map), coloured like that patch, casting shadows. It adds
 * on top of the map's own light, like any light. See {@code mirage.assets.EnvironmentSun}.
 *
 * @param intensity the light's intensity, as for a directional light (multiplies the patch's colour, whose largest
 *                  channel is 1), &gt;= 0, drawn per frame [2]
 */
public record SunSpec(Distribution intensity) {
    public SunSpec {
        intensity = Checks.orDefault(intensity, Distribution.constant(2));
        Range.nonNegative().within(Bound.RADIANCE).check("intensity", intensity);
    }
}
