package mirage.scenes.sampling;

import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Orbit-camera geometry. World: metres, Y up. Angles in degrees: elevation above the XZ plane, azimuth around +Y
 * with 0 putting the camera on +Z and 90 on +X. Trigonometry uses StrictMath.
 */
public final class OrbitCamera {
    /**
     * When the viewing direction is this close to vertical (|forward.y| above it, about 2.6 degrees from the pole),
     * world +Y cannot serve as the up hint; the horizontal direction pointing away from the camera's azimuth is used
     * instead (towards the far side when looking down, the near side when looking up). For an unjittered look-at
     * this gives the same image orientation that +Y gives just outside the threshold, so nothing jumps.
     */
    public static final double POLE_THRESHOLD = 0.999;

    private OrbitCamera() {}

    /** The unit vector from the target to the eye: (cos(el) sin(az), sin(el), cos(el) cos(az)). */
    public static Vector3d direction(double elevationDeg, double azimuthDeg) {
        double el = StrictMath.toRadians(elevationDeg);
        double az = StrictMath.toRadians(azimuthDeg);
        double c = StrictMath.cos(el);
        return new Vector3d(c * StrictMath.sin(az), StrictMath.sin(el), c * StrictMath.cos(az));
    }

    /** The eye position: target + distance * direction(el, az), metres. */
    public static Vector3d eye(Vector3dc target, double distance, double elevationDeg, double azimuthDeg) {
        return direction(elevationDeg, azimuthDeg).mul(distance).add(target);
    }

    /**
     * The OpenGL view matrix (JOML lookAt: camera looks down -z, y up) of an eye looking at {@code lookAt}, with
     * world +Y as up except near the poles (see {@link #POLE_THRESHOLD}). {@code azimuthDeg} orients the camera there.
     */
    public static Matrix4d viewGl(Vector3dc eye, Vector3dc lookAt, double azimuthDeg) {
        Vector3d forward = lookAt.sub(eye, new Vector3d());
        if (!(forward.length() > 0)) throw new IllegalArgumentException("eye and look-at point coincide: " + eye);
        forward.normalize();
        Vector3d up = new Vector3d(0, 1, 0);
        if (Math.abs(forward.y) > POLE_THRESHOLD) {
            double az = StrictMath.toRadians(azimuthDeg);
            double sign = forward.y < 0 ? -1 : 1;
            up.set(sign * StrictMath.sin(az), 0, sign * StrictMath.cos(az));
        }
        return new Matrix4d().setLookAt(eye, lookAt, up);
    }

    /**
     * The roll about the viewing axis, applied in OpenCV camera space (x right, y down, z forward) after the
     * world-to-camera transform: x' = x cos(r) - y sin(r), y' = x sin(r) + y cos(r). With y pointing down this turns
     * the image clockwise for positive r (a point right of centre moves down at r = 90), which is the camera turning
     * counter-clockwise about its forward axis as seen from behind it.
     */
    public static Matrix4d roll(double rollDeg) {
        double r = StrictMath.toRadians(rollDeg);
        double c = StrictMath.cos(r), s = StrictMath.sin(r);
        // JOML setters take column-major arguments (m<col><row>)
        return new Matrix4d(c, s, 0, 0, -s, c, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
    }

    /**
     * World-to-camera in the OpenCV convention (x right, y down, z forward): diag(1, -1, -1, 1) * viewGl.
     */
    public static Matrix4d worldToCameraCv(Matrix4d viewGl) {
        return new Matrix4d().scaling(1, -1, -1).mul(viewGl);
    }
}
