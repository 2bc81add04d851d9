package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mirage.core.Limits;

/**
 * A validated scene spec: what a run samples from. Built by {@link SpecLoader} from YAML or JSON; every field has
 * been checked and defaults filled in, so nothing downstream re-checks it. Immutable.
 *
 * <p>Equality compares the content only (all components except {@link #sourceFile()}), so the same spec read from
 * a YAML file and from a JSON file in the same folder is equal.
 *
 * @param seed       run seed, any 64-bit integer [0]
 * @param frames     number of frames, 0..10,000,000 (required); with splits, left out in the file and set to the
 *                   sum of the splits' frames
 * @param image      output size (required)
 * @param camera     camera (required)
 * @param objects    object entries, at least one; their count maxima sum to at most 65535 (required); under
 *                   class_balance they are the pools of their categories and have no count
 * @param lights     light entries, their count maxima summing to at most 16 [one directional light, see
 *                   {@link LightSpec#defaultLight()}]
 * @param ambient    white ambient light, linear, &gt;= 0 [0.15; 0 with an environment]
 * @param background background [solid 0.5 grey]
 * @param labels     which instances are labelled [see {@link LabelsSpec}]
 * @param outputs    which extra per-frame files are written [see {@link OutputsSpec}]
 * @param placement  whether placed objects must not intersect [no constraint]
 * @param classBalance how instances' categories are chosen instead of per-entry counts, or null [none]
 * @param distractors unlabelled clutter entries [none]
 * @param occluders  unlabelled objects between the camera and instances, or null [none]
 * @param effects    sensor effects on the RGB image [none, see {@link EffectsSpec}]
 * @param splits     named runs of consecutive frames, each with its own overrides (see {@link SplitSpec},
 *                   {@link SplitPlan}); at most 100, names unique [none]
 * @param render     the HDR pipeline's tone mapper, the RGB's anti-aliasing and ambient occlusion, or null [see
 *                   {@link RenderSpec}]
 * @param environment image-based lighting from HDR maps, or null [none]
 * @param ground     the ground plane (with a material, or a shadow catcher), or null [none]
 * @param sourceFile the absolute spec file this was read from, or null; not part of the spec's content
 */
public record SceneSpec(long seed, Integer frames, ImageSpec image, CameraSpec camera, List<ObjectSpec> objects,
                        List<LightSpec> lights, Distribution ambient, BackgroundSpec background,
                        LabelsSpec labels, OutputsSpec outputs, PlacementSpec placement, ClassBalanceSpec classBalance,
                        List<DistractorSpec> distractors, OccluderSpec occluders, EffectsSpec effects,
                        List<SplitSpec> splits, RenderSpec render, EnvironmentSpec environment,
                        GroundSpec ground, @JsonIgnore Path sourceFile) {
    /** Most frames one run may have. */
    public static final int MAX_FRAMES = 10_000_000;
    /** Most distractors and occluders one frame may hold. */
    public static final int MAX_PROPS = 10_000;
    /** Most splits one spec may name. */
    public static final int MAX_SPLITS = 100;

    public SceneSpec {
        splits = Checks.list(Checks.orDefault(splits, List.of()), "splits");
        if (!splits.isEmpty()) frames = splitFrames(splits, frames);
        Range.integers(0, MAX_FRAMES).check("frames", Checks.required(frames, "frames"));
        Checks.required(image, "image");
        Checks.required(camera, "camera");
        objects = Checks.list(Checks.required(objects, "objects"), "objects");
        if (objects.isEmpty()) throw SpecViolation.invalid("objects", "needs at least one object entry");
        if (classBalance == null) {
            objects = objects.stream().map(ObjectSpec::withDefaultCount).toList();
            long maxInstances = objects.stream().mapToLong(o -> (long) o.count().max()).sum();
            if (maxInstances > Limits.MAX_INSTANCES)
                throw SpecViolation.invalid("objects", "the counts allow up to " + maxInstances
                        + " instances per frame; at most " + Limits.MAX_INSTANCES + " are possible");
        } else {
            ClassBalanceChecks.check(classBalance, objects, frames);
        }
        checkKeypointsPerCategory(objects);
        lights = Checks.list(Checks.orDefault(lights, List.of(LightSpec.defaultLight())), "lights");
        long maxLights = lights.stream().mapToLong(l -> (long) l.count().max()).sum();
        boolean sun = environment != null && environment.sun() != null;   // environment.sun adds one
        if (maxLights + (sun ? 1 : 0) > Limits.MAX_LIGHTS)
            throw SpecViolation.invalid("lights", "the counts allow up to " + maxLights + " lights per frame"
                    + (sun ? " besides environment.sun" : "") + "; at most " + Limits.MAX_LIGHTS + " are possible");
        ambient = Checks.orDefault(ambient, Distribution.constant(environment == null ? 0.15 : 0));
        Range.nonNegative().within(Bound.RADIANCE).check("ambient", ambient);
        background = Checks.orDefault(background, BackgroundSpec.defaultBackground());
        labels = Checks.orDefault(labels, LabelsSpec.DEFAULT);
        outputs = Checks.orDefault(outputs, OutputsSpec.DEFAULT);
        placement = Checks.orDefault(placement, PlacementSpec.DEFAULT);
        distractors = Checks.list(Checks.orDefault(distractors, List.<DistractorSpec>of()), "distractors");
        long maxProps = distractors.stream().mapToLong(d -> (long) d.count().max()).sum()
                + (occluders == null ? 0 : (long) occluders.count().max());
        if (maxProps > MAX_PROPS)
            throw SpecViolation.invalid(distractors.isEmpty() ? "occluders" : "distractors", "the counts allow up to " + maxProps
                    + " distractors and occluders per frame; at most " + MAX_PROPS + " are possible");
        effects = Checks.orDefault(effects, EffectsSpec.NONE);
        PhysicsChecks.check(placement.physics(), objects, distractors);
        sourceFile = sourceFile == null ? null : sourceFile.toAbsolutePath().normalize();
    }

    /** The run's frames with splits: their sum; names unique. */
    private static Integer splitFrames(List<SplitSpec> splits, Integer frames) {
        if (splits.size() > MAX_SPLITS) throw SpecViolation.invalid("splits", "more than " + MAX_SPLITS + " splits");
        long total = 0;
        for (int k = 0; k < splits.size(); k++) {
            total += splits.get(k).frames();
            for (int j = 0; j < k; j++)
                if (splits.get(j).name().equals(splits.get(k).name()))
                    throw SpecViolation.invalid("splits[" + k + "].name", "duplicate split name '" + splits.get(k).name()
                            + "' (also splits[" + j + "])");
        }
        if (total > MAX_FRAMES)
            throw SpecViolation.invalid("splits", "the splits have " + total + " frames in all; at most " + MAX_FRAMES);
        if (frames != null && frames != total)
            throw SpecViolation.invalid("frames", "leave frames out with splits: the run has the splits' " + total + " frames");
        return (int) total;
    }

    private static void checkKeypointsPerCategory(List<ObjectSpec> objects) {
        for (int i = 0; i < objects.size(); i++)
            for (int j = 0; j < i; j++)
                if (objects.get(i).category().equals(objects.get(j).category())
                        && !names(objects.get(i)).equals(names(objects.get(j))))
                    throw SpecViolation.invalid("objects[" + i + "].keypoints", "category '" + objects.get(i).category()
                            + "' has keypoints " + names(objects.get(j)) + " in objects[" + j + "]; every entry of a category needs the same names");
    }

    private static List<String> names(ObjectSpec o) {
        return o.keypoints().stream().map(KeypointSpec::name).toList();
    }

    /** The same spec with another frame count, checked like the spec file's; not for a spec with splits. */
    public SceneSpec withFrames(int newFrames) {
        if (!splits.isEmpty())
            throw new SpecException(null, 0, 0, "frames", "the spec has splits: each split gives its own frame count");
        try {
            return new SceneSpec(seed, newFrames, image, camera, objects, lights, ambient, background, labels, outputs,
                    placement, classBalance, distractors, occluders, effects, splits, render, environment, ground, sourceFile);
        } catch (SpecViolation v) {
            throw SpecException.of(v);
        }
    }

    /** The same spec with another run seed (any value is valid), its splits' specs too. */
    public SceneSpec withSeed(long newSeed) {
        List<SplitSpec> reseeded = splits.stream().map(s -> s.spec() == null ? s : s.withSpec(s.spec().withSeed(newSeed))).toList();
        return new SceneSpec(newSeed, frames, image, camera, objects, lights, ambient, background, labels, outputs,
                placement, classBalance, distractors, occluders, effects, reseeded, render, environment, ground, sourceFile);
    }

    /** The same spec with another image size (already a checked {@link ImageSpec}). */
    public SceneSpec withImage(ImageSpec newImage) {
        return new SceneSpec(seed, frames, newImage, camera, objects, lights, ambient, background, labels, outputs,
                placement, classBalance, distractors, occluders, effects, splits, render, environment, ground, sourceFile);
    }

    /** The same spec with other per-frame outputs (already a checked {@link OutputsSpec}). */
    public SceneSpec withOutputs(OutputsSpec newOutputs) {
        return new SceneSpec(seed, frames, image, camera, objects, lights, ambient, background, labels, newOutputs,
                placement, classBalance, distractors, occluders, effects, splits, render, environment, ground, sourceFile);
    }

    /** The same spec, remembered as read from {@code file}. */
    public SceneSpec withSourceFile(Path file) {
        return new SceneSpec(seed, frames, image, camera, objects, lights, ambient, background, labels, outputs,
                placement, classBalance, distractors, occluders, effects, splits, render, environment, ground, file);
    }

    /** The same spec with other splits (the loader's, once each split's spec is bound). */
    public SceneSpec withSplits(List<SplitSpec> newSplits) {
        return new SceneSpec(seed, newSplits == null || newSplits.isEmpty() ? frames : null, image, camera, objects, lights,
                ambient, background, labels, outputs, placement, classBalance, distractors, occluders, effects, newSplits, render, environment, ground, sourceFile);
    }

    /**
     * Whether frames go through the HDR pipeline (floating-point shading, exposure, tone mapping, dithered sRGB):
     * when the spec gives {@code render.tonemap}, {@code environment} or {@code camera.exposure_ev}
     * ({@code render.antialias} alone does not).
     */
    public boolean hdr() {
        return (render != null && render.tonemap() != null) || environment != null || camera.exposureEv() != null;
    }

    /** The render settings (tone mapper, anti-aliasing): {@code render}, or its defaults. */
    public RenderSpec renderOrDefault() {
        return render != null ? render : RenderSpec.DEFAULT;
    }

    /** The folder relative spec paths were resolved against, or null if not read from a file. */
    public Path baseDir() {
        return sourceFile == null ? null : sourceFile.getParent();
    }

    /** Category names in order of first appearance among the object entries; category id = position + 1. */
    public List<String> categories() {
        List<String> names = new ArrayList<>();
        for (ObjectSpec o : objects) if (!names.contains(o.category())) names.add(o.category());
        return List.copyOf(names);
    }

    /**
     * Keypoint names per category, in category order: the names of the first object entry of that category
     * (every entry of a category must declare the same names, checked at load).
     */
    public List<List<String>> categoryKeypoints() {
        List<List<String>> out = new ArrayList<>();
        for (String c : categories())
            for (ObjectSpec o : objects)
                if (o.category().equals(c)) {
                    out.add(o.keypoints().stream().map(KeypointSpec::name).toList());
                    break;
                }
        return List.copyOf(out);
    }

    /** The 1-based id of a category named in the spec. */
    public int categoryId(String category) {
        int i = categories().indexOf(category);
        if (i < 0) throw new IllegalArgumentException("no category " + category + " in the spec");
        return i + 1;
    }

    @Override public boolean equals(Object o) {
        return o instanceof SceneSpec s && seed == s.seed && frames.equals(s.frames) && image.equals(s.image)
                && camera.equals(s.camera) && objects.equals(s.objects) && lights.equals(s.lights)
                && ambient.equals(s.ambient) && background.equals(s.background) && labels.equals(s.labels)
                && outputs.equals(s.outputs) && placement.equals(s.placement)
                && Objects.equals(classBalance, s.classBalance) && distractors.equals(s.distractors)
                && Objects.equals(occluders, s.occluders) && effects.equals(s.effects)
                && splits.equals(s.splits) && Objects.equals(render, s.render)
                && Objects.equals(environment, s.environment) && Objects.equals(ground, s.ground);
    }

    @Override public int hashCode() {
        int h = Objects.hash(seed, frames, image, camera, objects, lights, ambient, background, labels, outputs, placement,
                classBalance, distractors, occluders, effects, splits, render, environment);
        return ground == null ? h : 31 * h + ground.hashCode();   // specs without a ground hash as before
    }
}
