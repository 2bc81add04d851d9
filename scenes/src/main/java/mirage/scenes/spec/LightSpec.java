package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code lights}: {@code count} lights of one type per frame.
 *
 * @param type          directional, point or spot (required)
 * @param count         lights per frame, integers 0..16 [1]
 * @param intensity     multiplies the colour, &gt;= 0 [1]
 * @param color         linear RGB, each &gt;= 0 [1, 1, 1 unless temperature_k is given]
 * @param temperatureK  instead of {@code color}: black-body colour temperature, kelvin 1000..40000, normalised to
 *                      luminance 1 (see {@code mirage.scenes.sampling.Kelvin})
 * @param elevationDeg  directional only: elevation of the direction towards the light, degrees, -90..90 [45]
 * @param azimuthDeg    directional only: azimuth of the direction towards the light, degrees, 0 = +Z, 90 = +X
 *                      [uniform 0..360]
 * @param position      point and spot (required there): box of positions, metres
 * @param target        spot only: box of points the spot aims at, metres [the origin]
 * @param coneDeg       spot only: half-angle of the cone, degrees, exclusive 0..90 [30]
 * @param softnessDeg   spot only: the edge fades over this many degrees inside the cone, 0..cone_deg (for every
 *                      cone drawn) [5, or the smallest cone if that is less]
 * @param shadows       cast shadows (shadow maps; six, a cube, for a point light) [false]
 * @param size          the emitter's size, which widens the shadows' penumbrae (soft shadows, PCSS); radiance is
 *                      unchanged: point and spot: radius of a spherical emitter, metres, 0..{@value #MAX_RADIUS_M};
 *                      directional: angular diameter, degrees, 0..{@value #MAX_ANGULAR_DIAMETER_DEG} (the sun: about
 *                      0.53); more than 0 needs {@code shadows: true}; null when not given [0: hard shadows;
 *                      see {@link #sizeOrDefault()}]
 */
public record LightSpec(Type type, Distribution count, Distribution intensity, ColorSpec color, Distribution temperatureK,
                        Distribution elevationDeg, Distribution azimuthDeg, BoxSpec position, BoxSpec target,
                        Distribution coneDeg, Distribution softnessDeg, Boolean shadows, Distribution size) {
    /** Most lights one entry may place per frame. */
    public static final int MAX_COUNT = 16;
    /** Colour temperatures allowed, kelvin. */
    public static final double MIN_KELVIN = 1000, MAX_KELVIN = 40000;
    /** Largest emitter radius of a point or spot light, metres: far beyond any lamp, still a bounded draw. */
    public static final double MAX_RADIUS_M = 10;
    /** Largest angular diameter of a directional light, degrees: a very hazy sun; wider is sky, not a light. */
    public static final double MAX_ANGULAR_DIAMETER_DEG = 30;

    /** The kind of light; written in lower case. */
    public enum Type {
        @JsonProperty("directional") DIRECTIONAL,
        @JsonProperty("point") POINT,
        @JsonProperty("spot") SPOT
    }

    public LightSpec {
        Checks.required(type, "type");
        count = Checks.orDefault(count, Distribution.constant(1));
        Range.integers(0, MAX_COUNT).check("count", count);
        intensity = Checks.orDefault(intensity, Distribution.constant(1));
        Range.nonNegative().within(Bound.RADIANCE).check("intensity", intensity);
        if (temperatureK != null) {
            Checks.absent(color, "temperature_k", "give either color or temperature_k, not both");
            Range.closed(MIN_KELVIN, MAX_KELVIN).check("temperature_k", temperatureK);
        } else {
            color = Checks.orDefault(color, ColorSpec.grey(1));
            ColorJson.check(color, "color", Range.nonNegative().within(Bound.RADIANCE));
        }
        shadows = Checks.orDefault(shadows, Boolean.FALSE);
        if (size != null) checkSize(type, size, shadows);
        if (type == Type.DIRECTIONAL) {
            String why = " a directional light has elevation_deg and azimuth_deg";
            Checks.absent(position, "position", "only point and spot lights have a position;" + why);
            Checks.absent(target, "target", "only spot lights have a target;" + why);
            elevationDeg = Checks.orDefault(elevationDeg, Distribution.constant(45));
            Range.closed(-90, 90).check("elevation_deg", elevationDeg);
            azimuthDeg = Checks.orDefault(azimuthDeg, new Distribution.Uniform(0, 360));
            Range.any().within(Bound.ANGLE).check("azimuth_deg", azimuthDeg);
        } else {
            String why = " a " + (type == Type.POINT ? "point" : "spot") + " light has a position";
            Checks.absent(elevationDeg, "elevation_deg", "only directional lights have an elevation;" + why);
            Checks.absent(azimuthDeg, "azimuth_deg", "only directional lights have an azimuth;" + why);
            Checks.required(position, "position");
        }
        if (type == Type.SPOT) {
            target = Checks.orDefault(target, BoxSpec.ORIGIN);
            if (position.min().equals(position.max()) && position.equals(target))
                throw SpecViolation.invalid("target", "the spot's position and target are the same point " + target.min()
                        + ", so it points nowhere");
            coneDeg = Checks.orDefault(coneDeg, Distribution.constant(30));
            Range.open(0, 90).check("cone_deg", coneDeg);
            softnessDeg = Checks.orDefault(softnessDeg, Distribution.constant(Math.min(5, coneDeg.min())));
            checkSoftness(coneDeg, softnessDeg);
        } else {
            String why = "only spot lights have ";
            if (type == Type.POINT) Checks.absent(target, "target", why + "a target");
            Checks.absent(coneDeg, "cone_deg", why + "a cone");
            Checks.absent(softnessDeg, "softness_deg", why + "a cone edge softness");
        }
    }

    /** The emitter size: {@link #size()} or, when not given, 0 (left out when written back, so older runs match). */
    public Distribution sizeOrDefault() {
        return Checks.orDefault(size, Distribution.constant(0));
    }

    /** A size in its unit for the type, 0..maximum; a size above 0 only softens shadows, so it needs them. */
    private static void checkSize(Type type, Distribution size, boolean shadows) {
        double max = type == Type.DIRECTIONAL ? MAX_ANGULAR_DIAMETER_DEG : MAX_RADIUS_M;
        Range.closed(0, max).check("size", size);
        if (size.max() > 0 && !shadows)
            throw SpecViolation.invalid("size", "a light's size only widens its shadows' penumbrae; give shadows: true "
                    + "or leave size out (0)");
    }

    /** Every softness drawn must fit inside every cone drawn: 0 &lt;= softness &lt;= the smallest cone. */
    private static void checkSoftness(Distribution cone, Distribution softness) {
        Range.nonNegative().within(Bound.ANGLE).check("softness_deg", softness);
        if (softness.max() > cone.min()) {
            String limit = Numbers.show(cone.min()) + (cone.min() == cone.max() ? " (cone_deg)" : " (the smallest cone_deg)");
            throw SpecViolation.invalid("softness_deg", "must be 0.." + limit + ", got " + softness);
        }
    }

    /** The default light: one white directional light, intensity 3, elevation 50, azimuth 30 degrees. */
    public static LightSpec defaultLight() {
        return new LightSpec(Type.DIRECTIONAL, Distribution.constant(1), Distribution.constant(3), ColorSpec.grey(1), null,
                Distribution.constant(50), Distribution.constant(30), null, null, null, null, null, null);
    }
}
