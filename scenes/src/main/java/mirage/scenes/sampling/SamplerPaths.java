package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;

/**
 * The sampler paths that split one frame's randomness into independent streams, one per concern, so changing
 * one knob of the spec moves nothing else: {@code camera}, {@code objects/<j>} (count, position, rotation and
 * scale of object entry j), {@code materials/<j>}, {@code lights/<j>}, {@code lights/<j>/size} (the emitter size of each of its lights), {@code ambient}, {@code background},
 * {@code balance} (class balance: instance count, categories and entries), {@code balance/targets} (of frame 0: the
 * one shuffle of the run's class-balance targets), {@code distractors/<j>}, {@code occluders}, {@code effects}, {@code physics} (settling: per frame gravity and spread, per dropped object its
 * drop height, bin position, density or mass, friction, restitution), {@code physics/bin} (the bin's material), {@code exposure} (the camera's exposure), {@code environment} (the
 * environment map, its rotation and intensity), {@code ground} (the ground's height and material).
 */
public final class SamplerPaths {
    public static final String CAMERA = "camera";
    public static final String AMBIENT = "ambient";
    public static final String BACKGROUND = "background";
    public static final String BALANCE = "balance";
    public static final String BALANCE_TARGETS = "balance/targets";
    public static final String OCCLUDERS = "occluders";
    public static final String EFFECTS = "effects";
    public static final String PHYSICS = "physics";
    public static final String PHYSICS_BIN = "physics/bin";
    public static final String EXPOSURE = "exposure";
    public static final String ENVIRONMENT = "environment";
    public static final String GROUND = "ground";
    public static final String AMBIENT_OCCLUSION = "ambient_occlusion";

    private SamplerPaths() {}

    public static String objects(int entry) {
        return "objects/" + entry;
    }

    public static String materials(int entry) {
        return "materials/" + entry;
    }

    public static String lights(int entry) {
        return "lights/" + entry;
    }

    /** Light entry j's sizes, one per light, apart from {@link #lights} so that a size moves no other draw. */
    public static String lightSizes(int entry) {
        return "lights/" + entry + "/size";
    }

    public static String distractors(int entry) {
        return "distractors/" + entry;
    }

    /** The generator for one concern of one frame. */
    static RandomGenerator rng(long runSeed, int frameIndex, String path) {
        return Seeds.derive(runSeed, frameIndex, path);
    }
}
