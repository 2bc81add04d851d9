package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.model.CameraDraw;
import mirage.scenes.spec.CameraSpec;
import mirage.scenes.spec.ImageSpec;
import mirage.scenes.spec.IntrinsicsSpec;
import mirage.scenes.spec.OrbitSpec;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/** Samples the camera of a frame (lens and pose) from the {@code camera} stream. */
final class CameraSampler {
    /** A sampled camera: intrinsics, the OpenCV world-to-camera transform (metres) and the values drawn. */
    record Sample(CameraIntrinsics intrinsics, Matrix4d worldToCamera, CameraDraw draw) {}

    private final CameraSpec camera;
    private final OrbitSpec orbit;
    private final int width;
    private final int height;

    CameraSampler(CameraSpec camera, ImageSpec image) {
        this.camera = camera;
        this.orbit = camera.orbit();
        this.width = image.width();
        this.height = image.height();
    }

    /**
     * Draws distance, elevation, azimuth, the look-at jitter for x, y, z, the roll, then the lens: the field of
     * view, or fx, fy, cx, cy, in that order. If the jittered look-at point happens to coincide with the eye, the
     * unjittered target is looked at instead.
     */
    Sample sample(RandomGenerator rng) {
        double distance = orbit.distance().sample(rng);
        double elevation = orbit.elevationDeg().sample(rng);
        double azimuth = orbit.azimuthDeg().sample(rng);
        Vector3d target = orbit.target().toVector3d();
        Vector3d jitter = new Vector3d(orbit.lookAtJitter().sample(rng), orbit.lookAtJitter().sample(rng),
                orbit.lookAtJitter().sample(rng));
        double roll = orbit.rollDeg().sample(rng);
        Vector3d eye = OrbitCamera.eye(target, distance, elevation, azimuth);
        Vector3d lookAt = target.add(jitter, new Vector3d());
        if (lookAt.equals(eye)) lookAt.set(target);
        Matrix4d view = OrbitCamera.viewGl(eye, lookAt, azimuth);
        Matrix4d worldToCamera = OrbitCamera.worldToCameraCv(view);
        if (roll != 0) worldToCamera = OrbitCamera.roll(roll).mul(worldToCamera);
        double fov = Double.NaN;
        CameraIntrinsics intrinsics;
        if (camera.fovDeg() != null) {
            fov = camera.fovDeg().sample(rng);
            intrinsics = CameraIntrinsics.fromVerticalFov(width, height, fov);
        } else {
            intrinsics = intrinsics(camera.intrinsics(), rng);
        }
        return new Sample(intrinsics, worldToCamera, new CameraDraw(distance, elevation, azimuth, lookAt, roll, fov));
    }

    /** Draws fx, fy, cx, cy. */
    private CameraIntrinsics intrinsics(IntrinsicsSpec k, RandomGenerator rng) {
        double fx = k.fx().sample(rng);
        double fy = k.fy().sample(rng);
        double cx = k.cx().sample(rng);
        double cy = k.cy().sample(rng);
        return new CameraIntrinsics(width, height, fx, fy, cx, cy);
    }
}
