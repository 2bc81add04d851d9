package mirage.renderer.pass;

import mirage.core.geom.Aabb;
import org.joml.Matrix4fc;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * A sphere enclosing a set of posed bounding boxes, world metres: the centre of their world-space bounding box and
 * its half diagonal (not the smallest sphere, but cheap and always enclosing). What shadow maps are fitted to.
 */
public record BoundingSphere(Vector3fc centre, float radius) {
    public BoundingSphere {
        centre = new Vector3f(centre);
        if (!(radius >= 0)) throw new IllegalArgumentException("radius must be >= 0: " + radius);
    }

    /** Collects posed boxes; {@link #build()} gives null when none was added. */
    public static final class Builder {
        private final Vector3f min = new Vector3f(Float.POSITIVE_INFINITY);
        private final Vector3f max = new Vector3f(Float.NEGATIVE_INFINITY);
        private final Vector3f corner = new Vector3f();
        private boolean empty = true;

        /** Adds the 8 corners of a model-space box mapped to world. */
        public Builder add(Aabb box, Matrix4fc modelToWorld) {
            for (int c = 0; c < 8; c++) {
                corner.set((c & 1) == 0 ? box.min().x() : box.max().x(), (c & 2) == 0 ? box.min().y() : box.max().y(),
                        (c & 4) == 0 ? box.min().z() : box.max().z());
                modelToWorld.transformPosition(corner);
                min.min(corner);
                max.max(corner);
            }
            empty = false;
            return this;
        }

        public BoundingSphere build() {
            if (empty) return null;
            return new BoundingSphere(new Vector3f(min).add(max).mul(0.5f), max.distance(min) / 2);
        }
    }
}
