package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code lights}: {@code count} lights of one type per frame.
 *
 * @param type         directional or point (required)
 * @param count        lights per frame, integers 0..16 [1]
 * @param intensity    multiplies the colour, &gt;= 0 [1]
 * @param color        linear RGB, each &gt;= 0 [1, 1, 1]
 * @param elevationDeg directional only: elevation of the direction towards the light, degrees, -90..90 [45]
 * @param azimuthDeg   directional only: azimuth of the direction towards the light, degrees, 0 = +Z, 90 = +X
 *                     [uniform 0..360]
 * @param position     point only (required there): box of positions, metres
 */
public record LightSpec(Type type, Distribution count, Distribution intensity, ColorSpec color,
                        Distribution elevationDeg, Distribution azimuthDeg, BoxSpec position) {
    /** Most lights one entry may place per frame. */
    public static final int MAX_COUNT = 16;

    /** The kind of light; written in lower case. */
    public enum Type {
        @JsonProperty("directional") DIRECTIONAL,
        @JsonProperty("point") POINT
    }

    public LightSpec {
        Checks.required(type, "type");
        count = Checks.orDefault(count, Distribution.constant(1));
        Range.integers(0, MAX_COUNT).check("count", count);
        intensity = Checks.orDefault(intensity, Distribution.constant(1));
        Range.nonNegative().check("intensity", intensity);
        color = Checks.orDefault(color, ColorSpec.grey(1));
        color.check("color", Range.nonNegative());
        if (type == Type.DIRECTIONAL) {
            Checks.absent(position, "position", "only point lights have a position; a directional light has elevation_deg and azimuth_deg");
            elevationDeg = Checks.orDefault(elevationDeg, Distribution.constant(45));
            Range.closed(-90, 90).check("elevation_deg", elevationDeg);
            azimuthDeg = Checks.orDefault(azimuthDeg, new Distribution.Uniform(0, 360));
            Range.any().check("azimuth_deg", azimuthDeg);
        } else {
            Checks.absent(elevationDeg, "elevation_deg", "only directional lights have an elevation; a point light has a position");
            Checks.absent(azimuthDeg, "azimuth_deg", "only directional lights have an azimuth; a point light has a position");
            Checks.required(position, "position");
        }
    }

    /** The default light: one white directional light, intensity 3, elevation 50, azimuth 30 degrees. */
    public static LightSpec defaultLight() {
        return new LightSpec(Type.DIRECTIONAL, Distribution.constant(1), Distribution.constant(3), ColorSpec.grey(1),
                Distribution.constant(50), Distribution.constant(30), null);
    }
}
