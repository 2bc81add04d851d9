package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.geom.Aabb;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Keypoint;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.LightSpec;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/**
 * Turns a {@link SceneSpec} into the {@link Scene} of any frame. Pure and deterministic: frame i's values come only
 * from {@code Seeds.derive(spec.seed(), i, path)}, with one stream per concern (see {@link SamplerPaths}), so any
 * frame can be sampled alone, in any order, on any thread, and changing one knob moves nothing else.
 *
 * <p>Instances: object entries in spec order, each repeated its sampled count times, numbered 1, 2, ... . Thread-safe
 * once built (it holds only immutable state).
 */
public final class SceneSampler {
    private final SceneSpec spec;
    private final CameraSampler camera;
    private final List<ObjectSampler> objects = new ArrayList<>();
    private final List<String> categories;
    private final List<List<Keypoint>> keypoints = new ArrayList<>();

    /**
     * @param spec   the validated spec
     * @param bounds bounds of each imported asset (file units); asked once per object entry, here
     */
    public SceneSampler(SceneSpec spec, AssetBounds bounds) {
        this.spec = spec;
        this.camera = new CameraSampler(spec.camera(), spec.image());
        this.categories = spec.categories();
        for (int j = 0; j < spec.objects().size(); j++) {
            ObjectSpec o = spec.objects().get(j);
            Aabb box = bounds.boundsOf(o.asset().path());
            if (box == null) throw new IllegalArgumentException("no bounds for asset " + o.asset().path());
            objects.add(new ObjectSampler(o, box, "objects[" + j + "]"));
            keypoints.add(o.keypoints().stream()
                    .map(k -> new Keypoint(k.name(), new Vector3f((float) k.position().x(), (float) k.position().y(),
                            (float) k.position().z())))
                    .toList());
        }
    }

    /** The scene of frame {@code frameIndex} (0-based, &gt;= 0; frames past the spec's count are allowed). */
    public Scene sample(int frameIndex) {
        if (frameIndex < 0) throw new IllegalArgumentException("frame index must be >= 0, got " + frameIndex);
        CameraSampler.Sample cam = camera.sample(rng(frameIndex, SamplerPaths.CAMERA));
        return new Scene(frameIndex, cam.intrinsics(), new Matrix4f(cam.worldToCamera()),
                spec.camera().near().floatValue(), spec.camera().far().floatValue(), instances(frameIndex), List.of(),
                lights(frameIndex), ambient(frameIndex), background(frameIndex), effects(frameIndex), cam.draw());
    }

    private Rgb ambient(int frameIndex) {
        float ambient = (float) spec.ambient().sample(rng(frameIndex, SamplerPaths.AMBIENT));
        return new Rgb(ambient, ambient, ambient);
    }

    private Background background(int frameIndex) {
        return BackgroundSampler.sample(spec.background(), rng(frameIndex, SamplerPaths.BACKGROUND));
    }

    private SensorEffects effects(int frameIndex) {
        return EffectsSampler.sample(spec.effects(), rng(frameIndex, SamplerPaths.EFFECTS));
    }

    private List<Instance> instances(int frameIndex) {
        List<Instance> out = new ArrayList<>();
        for (int j = 0; j < objects.size(); j++) {
            ObjectSpec o = spec.objects().get(j);
            List<Matrix4d> poses = objects.get(j).sample(rng(frameIndex, SamplerPaths.objects(j)));
            RandomGenerator materials = rng(frameIndex, SamplerPaths.materials(j));
            int categoryId = categories.indexOf(o.category()) + 1;
            for (Matrix4d pose : poses) {
                Material material = MaterialSampler.sample(o.material(), materials);
                out.add(new Instance(out.size() + 1, categoryId, o.category(), o.asset().path(), new Matrix4f(pose), material,
                        keypoints.get(j)));
            }
        }
        return out;
    }

    private List<Light> lights(int frameIndex) {
        List<Light> out = new ArrayList<>();
        for (int j = 0; j < spec.lights().size(); j++) {
            LightSpec l = spec.lights().get(j);
            out.addAll(LightSampler.sample(l, rng(frameIndex, SamplerPaths.lights(j))));
        }
        return out;
    }

    private RandomGenerator rng(int frameIndex, String path) {
        return SamplerPaths.rng(spec.seed(), frameIndex, path);
    }
}
