package mirage.scenes.model;

import java.util.List;
import java.util.Objects;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.spec.RenderSpec;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;

/**
 * One fully sampled frame: everything the renderer needs and everything the labels record, with no randomness
 * left. Immutable and GL-free.
 *
 * @param frameIndex    0-based frame index
 * @param intrinsics    camera intrinsics (OpenCV convention, pixels)
 * @param worldToCamera world-to-camera transform in the OpenCV camera convention (x right, y down, z forward), metres
 * @param near          near clip distance, metres
 * @param far           far clip distance, metres
 * @param instances     labelled instances; instance at list position k-1 has index k
 * @param props         unlabelled distractors and occluders (0 in every mask)
 * @param lights        light sources
 * @param ambient       ambient light, linear RGB
 * @param background    what is drawn where no object is
 * @param effects       sensor effects for the RGB image
 * @param cameraDraw    the camera's drawn values, or null when the camera was given directly (tests)
 * @param hdr           the HDR pipeline (exposure, tone mapper, environment lighting), or null: colour is written
 *                      straight to 8 bits
 * @param antialias     how the RGB image is anti-aliased (the labels never are)
 * @param ground        the ground plane, or null: none
 * @param ambientOcclusion screen-space ambient occlusion of the indirect light (RGB only), or null: none
 */
public record Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                    List<Instance> instances, List<Prop> props, List<Light> lights, Rgb ambient, Background background,
                    SensorEffects effects, CameraDraw cameraDraw, HdrLook hdr, RenderSpec.Antialias antialias, Ground ground,
                    AmbientOcclusion ambientOcclusion) {
    public Scene {
        Objects.requireNonNull(antialias, "antialias");
        worldToCamera = new Matrix4f(worldToCamera);
        instances = List.copyOf(instances);
        props = List.copyOf(props);
        lights = List.copyOf(lights);
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(effects, "effects");
        for (int k = 0; k < instances.size(); k++)
            if (instances.get(k).index() != k + 1)
                throw new IllegalArgumentException("instance at position " + k + " has index " + instances.get(k).index());
        if (!(near > 0) || !(far > near)) throw new IllegalArgumentException("need 0 < near < far");
    }

    /** A scene without ambient occlusion. */
    public Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                 List<Instance> instances, List<Prop> props, List<Light> lights, Rgb ambient, Background background,
                 SensorEffects effects, CameraDraw cameraDraw, HdrLook hdr, RenderSpec.Antialias antialias, Ground ground) {
        this(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background, effects,
                cameraDraw, hdr, antialias, ground, null);
    }

    /** A scene without anti-aliasing. */
    public Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                 List<Instance> instances, List<Prop> props, List<Light> lights, Rgb ambient, Background background,
                 SensorEffects effects, CameraDraw cameraDraw, HdrLook hdr, RenderSpec.Antialias antialias) {
        this(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background, effects,
                cameraDraw, hdr, antialias, null);
    }

    public Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                 List<Instance> instances, List<Prop> props, List<Light> lights, Rgb ambient, Background background,
                 SensorEffects effects, CameraDraw cameraDraw, HdrLook hdr) {
        this(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background, effects,
                cameraDraw, hdr, RenderSpec.Antialias.OFF);
    }

    /** A scene without the HDR pipeline. */
    public Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                 List<Instance> instances, List<Prop> props, List<Light> lights, Rgb ambient, Background background,
                 SensorEffects effects, CameraDraw cameraDraw) {
        this(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background, effects,
                cameraDraw, null);
    }

    /** The same scene with another HDR pipeline (null: none). */
    public Scene withHdr(HdrLook newHdr) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background,
                effects, cameraDraw, newHdr, antialias, ground, ambientOcclusion);
    }

    /** The same scene with another anti-aliasing of its RGB. */
    public Scene withAntialias(RenderSpec.Antialias newAntialias) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background,
                effects, cameraDraw, hdr, newAntialias, ground, ambientOcclusion);
    }

    /**
     * The same scene with other instances and props (settled poses, dropped objects); every other field is kept,
     * so a step that moves objects cannot lose one (settling once dropped the HDR look this way).
     */
    public Scene withObjects(List<Instance> newInstances, List<Prop> newProps) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, newInstances, newProps, lights, ambient,
                background, effects, cameraDraw, hdr, antialias, ground, ambientOcclusion);
    }

    /** The same scene lit by other lights (the soft-shadow bench sizes the drawn lights this way). */
    public Scene withLights(List<Light> newLights) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, instances, props, newLights, ambient, background,
                effects, cameraDraw, hdr, antialias, ground, ambientOcclusion);
    }

    public Scene withGround(Ground newGround) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background,
                effects, cameraDraw, hdr, antialias, newGround, ambientOcclusion);
    }

    /** The same scene with other ambient occlusion (null: none). */
    public Scene withAmbientOcclusion(AmbientOcclusion newAmbientOcclusion) {
        return new Scene(frameIndex, intrinsics, worldToCamera, near, far, instances, props, lights, ambient, background,
                effects, cameraDraw, hdr, antialias, ground, newAmbientOcclusion);
    }

    /** A scene with no props, no sensor effects and no recorded camera draws. */
    public Scene(int frameIndex, CameraIntrinsics intrinsics, Matrix4fc worldToCamera, float near, float far,
                 List<Instance> instances, List<Light> lights, Rgb ambient, Background background) {
        this(frameIndex, intrinsics, worldToCamera, near, far, instances, List.of(), lights, ambient, background,
                SensorEffects.NONE, null);
    }
}
