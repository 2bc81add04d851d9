package mirage.physics;

import java.util.Locale;

/**
 * How a model's collision geometry is approximated by convex parts (Bullet collides convex shapes robustly and
 * fast; a triangle mesh as a dynamic body does neither).
 */
public enum CollisionKind {
    /** One convex hull of all vertices: tight for convex models, fills holes and hollows (a mug's inside). */
    HULL,
    /** Several convex hulls from V-HACD 4: follows concave shapes (a torus's hole, a mug's inside); slow to build. */
    VHACD,
    /** The 8 corners of the model's bounding box: cheapest, loosest. */
    BOX;

    /** The lower-case name used in specs: {@code hull}, {@code vhacd} or {@code box}. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a spec name; IllegalArgumentException naming the allowed values otherwise. */
    public static CollisionKind ofSpecName(String name) {
        for (CollisionKind k : values())
            if (k.specName().equals(name)) return k;
        throw new IllegalArgumentException("collision kind must be hull, vhacd or box, got '" + name + "'");
    }
}
