package mirage.renderer.pass;

import org.joml.Matrix4f;
import org.joml.Matrix4fc;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * How a shadow-casting light sees the scene: world to the light's clip space (OpenGL conventions, depth -1..1), and
 * the size of one shadow-map texel, which the shader uses to step lookups off the surface.
 *
 * @param texel directional: texel edge in metres; spot: texel edge per metre of distance from the light
 */
public record LightView(Matrix4fc viewProj, float texel) {
    /** Largest half-angle a spot's shadow frustum covers; a wider cone is shadowed only within it. */
    static final double MAX_SPOT_HALF_ANGLE_DEG = 89.5;
    /** Margin around a spot's cone, degrees, so the cone's edge is inside the map. */
    static final double SPOT_MARGIN_DEG = 1;

    public LightView {
        viewProj = new Matrix4f(viewProj);
    }

    /**
     * Orthographic along the travel direction, square, fitted to the sphere with 2 % to spare across and half a
     * radius in front and behind: everything drawn is inside the map.
     */
    public static LightView directional(Vector3fc travel, BoundingSphere scene, int mapSize) {
        float r = Math.max(scene.radius(), 1e-3f);
        Vector3f eye = new Vector3f(travel).mul(-2 * r).add(scene.centre());
        float half = 1.02f * r;
        Matrix4f m = new Matrix4f().ortho(-half, half, -half, half, 0.5f * r, 3.5f * r)
                .lookAt(eye, scene.centre(), up(travel));
        return new LightView(m, 2 * half / mapSize);
    }

    /** Perspective from the spot's position along its axis over its cone (plus a margin), depth range fitted to the sphere. */
    public static LightView spot(Vector3fc position, Vector3fc travel, float coneDeg, BoundingSphere scene, int mapSize) {
        double halfAngle = Math.toRadians(Math.min(coneDeg + SPOT_MARGIN_DEG, MAX_SPOT_HALF_ANGLE_DEG));
        float dist = position.distance(scene.centre());
        float far = Math.max(dist + scene.radius(), 1e-2f);
        float near = Math.max(dist - scene.radius(), far * 1e-3f);
        Matrix4f m = new Matrix4f().perspective((float) (2 * halfAngle), 1f, near, far)
                .lookAt(position, new Vector3f(position).add(travel), up(travel));
        return new LightView(m, (float) (2 * Math.tan(halfAngle) / mapSize));
    }

    /** An up vector not parallel to the viewing direction. */
    private static Vector3f up(Vector3fc travel) {
        return Math.abs(travel.y()) < 0.99f ? new Vector3f(0, 1, 0) : new Vector3f(0, 0, -1);
    }
}
