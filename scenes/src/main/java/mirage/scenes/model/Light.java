package mirage.scenes.model;

import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * A light source in world space.
 *
 * @param type     directional or point
 * @param vector   for DIRECTIONAL: the unit direction the light travels in; for POINT: the position, metres
 * @param radiance linear RGB colour times intensity
 */
public record Light(Type type, Vector3fc vector, Rgb radiance) {
    public enum Type { DIRECTIONAL, POINT }

    public Light {
        vector = new Vector3f(vector);
        if (type == Type.DIRECTIONAL && Math.abs(vector.length() - 1) > 1e-4)
            throw new IllegalArgumentException("directional light needs a unit direction, got " + vector);
    }
}
