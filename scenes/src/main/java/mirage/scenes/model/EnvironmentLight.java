package mirage.scenes.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Image-based lighting from an equirectangular HDR map: texel value x {@code intensity} is the linear radiance
 * arriving from the texel's direction. Map directions: +Y (world up) at the top row, u = 0.5 looking along -Z,
 * u growing towards +X; the map is turned about +Y by {@code rotationDeg} (counter-clockwise seen from above).
 *
 * @param map         the .hdr or .exr file, absolute
 * @param rotationDeg turn about world +Y, degrees
 * @param intensity   radiance scale, &gt;= 0
 * @param visible     the map is drawn as the background, seen through the frame's camera
 */
public record EnvironmentLight(Path map, double rotationDeg, double intensity, boolean visible) {
    public EnvironmentLight {
        Objects.requireNonNull(map, "map");
        if (!(intensity >= 0) || !Double.isFinite(intensity)) throw new IllegalArgumentException("intensity must be >= 0: " + intensity);
        if (!Double.isFinite(rotationDeg)) throw new IllegalArgumentException("rotation must be finite: " + rotationDeg);
    }
}
