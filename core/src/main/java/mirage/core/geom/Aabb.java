package mirage.core.geom;

import org.joml.Vector3f;
import org.joml.Vector3fc;

/** An axis-aligned bounding box, in the units of the space it was computed in. */
public record Aabb(Vector3fc min, Vector3fc max) {
    public Aabb {
        min = new Vector3f(min);
        max = new Vector3f(max);
        if (min.x() > max.x() || min.y() > max.y() || min.z() > max.z())
            throw new IllegalArgumentException("min " + min + " exceeds max " + max);
    }

    public Vector3f center(Vector3f dest) {
        return dest.set(min).add(max).mul(0.5f);
    }

    public Vector3f size(Vector3f dest) {
        return dest.set(max).sub(min);
    }

    /** The largest edge length. */
    public float maxExtent() {
        return Math.max(max.x() - min.x(), Math.max(max.y() - min.y(), max.z() - min.z()));
    }
}
