package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.spec.CameraSpec;
import mirage.scenes.spec.ImageSpec;
import mirage.scenes.spec.OrbitSpec;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/** Samples the camera pose of a frame from the {@code camera} stream. */
final class CameraSampler {
    /** A sampled camera: fixed intrinsics and the OpenCV world-to-camera transform (metres). */
    record Sample(CameraIntrinsics intrinsics, Matrix4d worldToCamera) {}

    private final OrbitSpec orbit;
    private final CameraIntrinsics intrinsics;

    CameraSampler(CameraSpec camera, ImageSpec image) {
        this.orbit = camera.orbit();
        this.intrinsics = camera.intrinsicsFor(image.width(), image.height());
    }

    /**
     * Draws distance, elevation, azimuth, then the look-at jitter for x, y, z, in that order. If the jittered
     * look-at point happens to coincide with the eye, the unjittered target is looked at instead.
     */
    Sample sample(RandomGenerator rng) {
        double distance = orbit.distance().sample(rng);
        double elevation = orbit.elevationDeg().sample(rng);
        double azimuth = orbit.azimuthDeg().sample(rng);
        Vector3d target = orbit.target().toVector3d();
        Vector3d jitter = new Vector3d(orbit.lookAtJitter().sample(rng), orbit.lookAtJitter().sample(rng),
                orbit.lookAtJitter().sample(rng));
        Vector3d eye = OrbitCamera.eye(target, distance, elevation, azimuth);
        Vector3d lookAt = target.add(jitter, new Vector3d());
        if (lookAt.equals(eye)) lookAt.set(target);
        Matrix4d view = OrbitCamera.viewGl(eye, lookAt, azimuth);
        return new Sample(intrinsics, OrbitCamera.worldToCameraCv(view));
    }
}
