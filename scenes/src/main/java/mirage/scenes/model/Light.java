package mirage.scenes.model;

import java.util.Objects;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * A light source in world space (metres, Y up). Radiance is linear RGB colour times intensity; point and spot lights
 * fall off with the inverse square of distance.
 *
 * @param type          directional, point or spot
 * @param position      point and spot: world position; directional: unused (zero)
 * @param direction     directional and spot: the unit direction the light travels in; point: unused (zero)
 * @param radiance      linear RGB colour times intensity
 * @param coneDeg       spot only: half-angle of the cone, degrees, (0, 90); 0 otherwise
 * @param softnessDeg   spot only: the edge fades out over this many degrees inside the cone, [0, coneDeg]; 0 otherwise
 * @param castsShadows  whether the light casts shadows (shadow maps: one for a directional or spot light, six (a cube)
 *                      for a point light)
 * @param size          the emitter's size, which only widens shadow penumbrae (radiance is unchanged): point and spot:
 *                      radius of a spherical emitter, metres; directional: angular diameter, degrees; 0: a point
 *                      emitter, hard shadows
 */
public record Light(Type type, Vector3fc position, Vector3fc direction, Rgb radiance, float coneDeg, float softnessDeg,
                    boolean castsShadows, float size) {
    public enum Type { DIRECTIONAL, POINT, SPOT }

    public Light {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(radiance, "radiance");
        position = new Vector3f(position);
        direction = new Vector3f(direction);
        if (type != Type.POINT && Math.abs(direction.length() - 1) > 1e-4)
            throw new IllegalArgumentException(type + " light needs a unit direction, got " + direction);
        if (type == Type.SPOT) {
            if (!(coneDeg > 0 && coneDeg < 90)) throw new IllegalArgumentException("spot cone out of (0, 90): " + coneDeg);
            if (!(softnessDeg >= 0 && softnessDeg <= coneDeg))
                throw new IllegalArgumentException("spot softness out of [0, cone]: " + softnessDeg);
        }
        if (!(size >= 0 && size < Float.POSITIVE_INFINITY)) throw new IllegalArgumentException("light size out of [0, inf): " + size);
    }

    /** This light with emitter size {@code size} (metres of radius, or degrees of angular diameter when directional). */
    public Light withSize(float size) {
        return new Light(type, position, direction, radiance, coneDeg, softnessDeg, castsShadows, size);
    }

    public static Light directional(Vector3fc travelDirection, Rgb radiance, boolean castsShadows) {
        return new Light(Type.DIRECTIONAL, new Vector3f(), travelDirection, radiance, 0, 0, castsShadows, 0);
    }

    public static Light point(Vector3fc position, Rgb radiance) {
        return point(position, radiance, false);
    }

    public static Light point(Vector3fc position, Rgb radiance, boolean castsShadows) {
        return new Light(Type.POINT, position, new Vector3f(), radiance, 0, 0, castsShadows, 0);
    }

    public static Light spot(Vector3fc position, Vector3fc travelDirection, Rgb radiance, float coneDeg, float softnessDeg,
                             boolean castsShadows) {
        return new Light(Type.SPOT, position, travelDirection, radiance, coneDeg, softnessDeg, castsShadows, 0);
    }
}
