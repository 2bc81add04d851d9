package mirage.scenes.sampling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.error.MirageException;
import mirage.core.geom.Aabb;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.spec.DistractorSpec;
import mirage.scenes.spec.ModelFolder;
import mirage.scenes.spec.OccluderSpec;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Matrix4f;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Samples a frame's unlabelled props: each distractor entry from its {@code distractors/<j>} stream (placed through
 * the {@link Placer}, after the instances), and the occluders from the {@code occluders} stream. A prop is a
 * built-in shape or a model from a folder, scaled uniformly so its largest bounding-box edge is the drawn size, with
 * its bounding-box centre at the drawn position. Thread-safe once built.
 */
final class PropSampler {
    /** One model a prop can be: a shape or a file, with its bounds (model units). */
    private record Model(Primitive primitive, Path asset, Aabb bounds) {}

    private final long seed;
    private final List<DistractorSpec> distractors;
    private final List<List<Model>> distractorModels = new ArrayList<>();
    private final OccluderSpec occluders;
    private final List<Model> occluderModels;

    /** @param bounds bounds of the models in asset folders; asked once per model, here */
    PropSampler(SceneSpec spec, AssetBounds bounds) {
        this.seed = spec.seed();
        this.distractors = spec.distractors();
        for (int j = 0; j < distractors.size(); j++) {
            DistractorSpec d = distractors.get(j);
            distractorModels.add(models(d.shapes(), d.assetFolder(), bounds, "distractors[" + j + "]"));
        }
        this.occluders = spec.occluders();
        this.occluderModels = occluders == null ? List.of() : models(occluders.shapes(), occluders.assetFolder(), bounds, "occluders");
    }

    private static List<Model> models(List<Primitive> shapes, ModelFolder folder, AssetBounds bounds, String field) {
        if (shapes != null) return shapes.stream().map(s -> new Model(s, null, s.bounds())).toList();
        List<Model> out = new ArrayList<>();
        for (Path file : folder.models()) {
            Aabb box = bounds.boundsOf(file);
            if (box == null) throw new IllegalArgumentException("no bounds for model " + file);
            if (!(box.maxExtent() > 0) || !Float.isFinite(box.maxExtent()))
                throw new MirageException(field + ".asset_folder: the model " + file + " has an empty bounding box (largest edge "
                        + box.maxExtent() + "), so it cannot be sized");
            out.add(new Model(null, file, box));
        }
        return out;
    }

    /**
     * Each entry's distractors. Per entry it draws the count; per distractor the model, then pose draws (position,
     * rotation, size) until the placer accepts one, then the material.
     */
    List<Prop> distractors(int frameIndex, Placer placer) {
        List<Prop> out = new ArrayList<>();
        for (int j = 0; j < distractors.size(); j++) {
            DistractorSpec d = distractors.get(j);
            RandomGenerator rng = SamplerPaths.rng(seed, frameIndex, SamplerPaths.distractors(j));
            Poses.Where where = new Poses.Where(d.position(), d.support());
            int count = d.count().sampleInt(rng);
            for (int k = 0; k < count; k++) {
                Model model = MaterialSampler.pick(distractorModels.get(j), rng);
                Matrix4d pose = placer.placeDistractor("distractors[" + j + "]", k, model.bounds(), d.support(), () -> {
                    Vector3d position = where.draw(rng);
                    Quaterniond rotation = Rotations.sample(d.rotation(), rng);
                    return where.settle(sized(model, position, rotation, d.size().sample(rng)), model.bounds());
                });
                if (pose != null) out.add(prop(Prop.Role.DISTRACTOR, model, pose, MaterialSampler.sample(d.material(), rng)));
            }
        }
        return out;
    }

    /**
     * The occluders, none when the frame has no instance. Draws the count; per occluder the instance it covers, the
     * model, size, depth, offset along camera x then y, rotation, material.
     *
     * @param worldToCamera the frame's camera (OpenCV convention)
     * @param centers       world bounding-box centres of the frame's placed instances
     */
    List<Prop> occluders(int frameIndex, Matrix4dc worldToCamera, List<Vector3d> centers) {
        if (occluders == null || centers.isEmpty()) return List.of();
        RandomGenerator rng = SamplerPaths.rng(seed, frameIndex, SamplerPaths.OCCLUDERS);
        Matrix4d cameraToWorld = worldToCamera.invertAffine(new Matrix4d());
        Vector3d eye = cameraToWorld.getTranslation(new Vector3d());
        Vector3d right = cameraToWorld.getColumn(0, new Vector3d()).normalize();
        Vector3d down = cameraToWorld.getColumn(1, new Vector3d()).normalize();
        int count = occluders.count().sampleInt(rng);
        List<Prop> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Vector3dc target = MaterialSampler.pick(centers, rng);
            Model model = MaterialSampler.pick(occluderModels, rng);
            double size = occluders.size().sample(rng);
            double depth = occluders.depth().sample(rng);
            double offsetX = occluders.offset().sample(rng);
            double offsetY = occluders.offset().sample(rng);
            Vector3d position = target.sub(eye, new Vector3d()).mul(depth).add(eye)
                    .fma(offsetX, right).fma(offsetY, down);
            Quaterniond rotation = Rotations.sample(occluders.rotation(), rng);
            Matrix4d pose = sized(model, position, rotation, size);
            out.add(prop(Prop.Role.OCCLUDER, model, pose, MaterialSampler.sample(occluders.material(), rng)));
        }
        return out;
    }

    /** The pose with the model's bounding-box centre at {@code position} and its largest edge {@code size} metres. */
    private static Matrix4d sized(Model model, Vector3dc position, Quaterniond rotation, double size) {
        double s = size / model.bounds().maxExtent();
        return Poses.compose(position, rotation, new Vector3d(s, s, s), Poses.center(model.bounds()));
    }

    private static Prop prop(Prop.Role role, Model model, Matrix4d pose, Material material) {
        return new Prop(role, model.asset(), model.primitive(), new Matrix4f(pose), material);
    }
}
