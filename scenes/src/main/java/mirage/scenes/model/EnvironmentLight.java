package mirage.scenes.model;

import java.nio.file.Path;
import java.util.Objects;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * Image-based lighting from an equirectangular HDR map: texel value x {@code intensity} is the linear radiance
 * arriving from the texel's direction. Map directions: +Y (world up) at the top row, u = 0.5 looking along -Z,
 * u growing towards +X; the map is turned about +Y by {@code rotationDeg} (counter-clockwise seen from above).
 *
 * @param map         the .hdr or .exr file, absolute
 * @param rotationDeg turn about world +Y, degrees
 * @param intensity   radiance scale, &gt;= 0
 * @param visible     the map is drawn as the background, seen through the frame's camera
 * @param sun         the directional light standing in for the map's sun (the last of the scene's lights), or null
 */
public record EnvironmentLight(Path map, double rotationDeg, double intensity, boolean visible, Sun sun) {
    /**
     * The map's sun as drawn for the frame.
     *
     * @param mapDirection unit direction towards the sun in the map's own axes, before the map's turn
     * @param color        the sun patch's linear colour, largest channel 1
     * @param intensity    the drawn intensity: the light's radiance is {@code intensity x color}
     * @param sizeDeg      the drawn angular diameter, degrees (the light's size: soft shadows)
     */
    public record Sun(Vector3fc mapDirection, Rgb color, double intensity, double sizeDeg) {
        public Sun {
            if (!(sizeDeg >= 0) || !Double.isFinite(sizeDeg)) throw new IllegalArgumentException("sun size must be >= 0: " + sizeDeg);
            mapDirection = new Vector3f(mapDirection);
            Objects.requireNonNull(color, "color");
            if (!(intensity >= 0) || !Double.isFinite(intensity)) throw new IllegalArgumentException("sun intensity must be >= 0: " + intensity);
        }
    }

    /** An environment without a sun light. */
    public EnvironmentLight(Path map, double rotationDeg, double intensity, boolean visible) {
        this(map, rotationDeg, intensity, visible, null);
    }

    public EnvironmentLight {
        Objects.requireNonNull(map, "map");
        if (!(intensity >= 0) || !Double.isFinite(intensity)) throw new IllegalArgumentException("intensity must be >= 0: " + intensity);
        if (!Double.isFinite(rotationDeg)) throw new IllegalArgumentException("rotation must be finite: " + rotationDeg);
    }
}
