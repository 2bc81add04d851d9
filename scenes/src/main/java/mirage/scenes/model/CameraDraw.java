package mirage.scenes.model;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * The random values a frame's camera was built from, for the frame record (the intrinsics and the world-to-camera
 * transform they produce are in {@link Scene}).
 *
 * @param distance     eye-to-target distance, metres
 * @param elevationDeg elevation of the eye above the target, degrees
 * @param azimuthDeg   azimuth of the eye around +Y, degrees
 * @param lookAt       the (jittered) point looked at, world metres
 * @param rollDeg      rotation about the viewing axis, degrees, positive turning the image clockwise
 * @param fovDeg       the vertical field of view drawn, degrees, or NaN when the intrinsics were drawn instead
 */
public record CameraDraw(double distance, double elevationDeg, double azimuthDeg, Vector3dc lookAt, double rollDeg,
                         double fovDeg) {
    public CameraDraw {
        lookAt = new Vector3d(lookAt);
    }
}
