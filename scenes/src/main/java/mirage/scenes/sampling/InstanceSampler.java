package mirage.scenes.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.geom.Aabb;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Keypoint;
import mirage.scenes.model.Material;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;

/**
 * Samples a frame's labelled instances. Which entries get instances: each entry's own count (stream
 * {@code objects/<j>}), entries in spec order; or, under {@code class_balance}, the {@link ClassBalancer}'s choice
 * (stream {@code balance}). Each instance's pose comes from its entry's {@code objects/<j>} stream (through the
 * {@link Placer}), its material from {@code materials/<j>}. Placed instances are numbered 1, 2, ... in that order.
 * Thread-safe once built.
 */
final class InstanceSampler {
    /** A frame's instances and their world bounding-box centres (same order). */
    record Placed(List<Instance> instances, List<Vector3d> centers) {}

    private final SceneSpec spec;
    private final List<ObjectSampler> objects = new ArrayList<>();
    private final List<String> categories;
    private final List<List<Keypoint>> keypoints = new ArrayList<>();
    private final ClassBalancer balancer;

    /**
     * @param bounds     bounds of each imported asset (file units); asked once per object entry, here
     * @param firstFrame the run's first frame index, for the class-balance deal-out
     */
    InstanceSampler(SceneSpec spec, AssetBounds bounds, int firstFrame) {
        this.spec = spec;
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
        this.balancer = spec.classBalance() == null ? null : new ClassBalancer(spec, firstFrame);
    }

    Placed sample(int frameIndex, Placer placer) {
        int n = objects.size();
        RandomGenerator[] poses = new RandomGenerator[n];
        RandomGenerator[] materials = new RandomGenerator[n];
        int[] plan = balancer == null ? countsPlan(frameIndex, poses)
                : balancer.entries(frameIndex, rng(frameIndex, SamplerPaths.BALANCE));
        int[] ordinal = new int[n];
        List<Instance> instances = new ArrayList<>(plan.length);
        List<Vector3d> centers = new ArrayList<>(plan.length);
        for (int j : plan) {
            ObjectSampler sampler = objects.get(j);
            if (poses[j] == null) poses[j] = rng(frameIndex, SamplerPaths.objects(j));
            RandomGenerator stream = poses[j];
            ObjectSpec o = spec.objects().get(j);
            Matrix4d pose = placer.placeInstance("objects[" + j + "]", ordinal[j]++, sampler.bounds(), o.support(),
                    o.collision(), () -> sampler.pose(stream));
            if (pose == null) continue;
            if (materials[j] == null) materials[j] = rng(frameIndex, SamplerPaths.materials(j));
            Material material = MaterialSampler.sample(o.material(), materials[j]);
            instances.add(new Instance(instances.size() + 1, categories.indexOf(o.category()) + 1, o.category(),
                    o.asset().path(), new Matrix4f(pose), material, keypoints.get(j)));
            centers.add(pose.transformPosition(Poses.center(sampler.bounds())));
        }
        return new Placed(instances, centers);
    }

    /** Each entry's count, drawn first from its own stream (which then goes on to draw the poses). */
    private int[] countsPlan(int frameIndex, RandomGenerator[] poses) {
        List<Integer> plan = new ArrayList<>();
        for (int j = 0; j < objects.size(); j++) {
            poses[j] = rng(frameIndex, SamplerPaths.objects(j));
            int count = objects.get(j).count(poses[j]);
            for (int k = 0; k < count; k++) plan.add(j);
        }
        return plan.stream().mapToInt(Integer::intValue).toArray();
    }

    private RandomGenerator rng(int frameIndex, String path) {
        return SamplerPaths.rng(spec.seed(), frameIndex, path);
    }
}
