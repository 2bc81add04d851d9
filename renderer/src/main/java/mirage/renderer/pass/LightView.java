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
 * @param near  the near plane, metres from the light along its axis (directional: from the map's eye plane); soft
 *              shadows turn map depths back into distances with it and {@code far}
 * @param far   the far plane, likewise
 */
public record LightView(Matrix4fc viewProj, float texel, float near, float far) {
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
        float near = 0.5f * r, far = 3.5f * r;
        Matrix4f m = new Matrix4f().ortho(-half, half, -half, half, near, far)
                .lookAt(eye, scene.centre(), up(travel));
        return new LightView(m, 2 * half / mapSize, near, far);
    }

    /** Perspective from the spot's position along its axis over its cone (plus a margin), depth range fitted to the sphere. */
    public static LightView spot(Vector3fc position, Vector3fc travel, float coneDeg, BoundingSphere scene, int mapSize) {
        double halfAngle = Math.toRadians(Math.min(coneDeg + SPOT_MARGIN_DEG, MAX_SPOT_HALF_ANGLE_DEG));
        float dist = position.distance(scene.centre());
        float far = Math.max(dist + scene.radius(), 1e-2f);
        float near = Math.max(dist - scene.radius(), far * 1e-3f);
        Matrix4f m = new Matrix4f().perspective((float) (2 * halfAngle), 1f, near, far)
                .lookAt(position, new Vector3f(position).add(travel), up(travel));
        return new LightView(m, (float) (2 * Math.tan(halfAngle) / mapSize), near, far);
    }

    /**
     * Half the extent of a cube face's image plane at distance 1: a little over 1 (a 90-degree face) so that the
     * filter taps at a face's edge still fall inside its map.
     */
    static final float POINT_FACE_EXTENT = 1.05f;
    /** Cube faces: viewing direction and up vector, in layer order; the same table as pointFace() in lights.glsl. */
    private static final float[][] FACES = {
        {1, 0, 0, 0, 1, 0}, {-1, 0, 0, 0, 1, 0}, {0, 1, 0, 0, 0, 1}, {0, -1, 0, 0, 0, 1}, {0, 0, 1, 0, 1, 0}, {0, 0, -1, 0, 1, 0}};

    /**
     * A point light's cube projection (square, over {@link #POINT_FACE_EXTENT}, depth range fitted to the sphere);
     * {@link #viewProj()} is the projection alone: the shader turns a point into face coordinates itself.
     */
    public static LightView pointProjection(Vector3fc position, BoundingSphere scene, int mapSize) {
        float dist = position.distance(scene.centre());
        float far = Math.max(dist + scene.radius(), 1e-2f);
        float near = Math.max(dist - scene.radius(), far * 1e-3f);
        float e = POINT_FACE_EXTENT;
        Matrix4f m = new Matrix4f().frustum(-e * near, e * near, -e * near, e * near, near, far);
        return new LightView(m, 2 * e / mapSize, near, far);
    }

    /** World to clip for cube face {@code face} (0..5: +X, -X, +Y, -Y, +Z, -Z) of a point light. */
    public static Matrix4f pointFace(Vector3fc position, int face, LightView projection) {
        float[] f = FACES[face];
        Vector3f centre = new Vector3f(position).add(f[0], f[1], f[2]);
        return new Matrix4f(projection.viewProj()).lookAt(new Vector3f(position), centre, new Vector3f(f[3], f[4], f[5]));
    }

    /** An up vector not parallel to the viewing direction. */
    private static Vector3f up(Vector3fc travel) {
        return Math.abs(travel.y()) < 0.99f ? new Vector3f(0, 1, 0) : new Vector3f(0, 0, -1);
    }
}
