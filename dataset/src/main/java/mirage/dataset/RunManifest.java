package mirage.dataset;

import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.CategoryLabel;
import mirage.core.random.Seeds;
import mirage.dataset.output.FrameOutputs;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.SpecWriter;
import mirage.scenes.spec.SplitPlan;

/** What a run's {@code dataset.json} says before its frames are counted: from the spec, its splits and the renderer. */
public final class RunManifest {
    private RunManifest() {}

    /**
     * The manifest of a run of {@code spec} (or of one shard of it), incomplete and without counts (see
     * {@link DatasetAssembly}).
     *
     * @param shard   the shard the folder holds, or null for the whole run
     * @param version the Mirage version writing it
     */
    public static DatasetManifest of(SceneSpec spec, Shard shard, DatasetManifest.Renderer renderer, String version) {
        SplitPlan plan = SplitPlan.of(spec);
        List<DatasetManifest.Split> splits = new ArrayList<>();
        if (plan.hasSplits())
            for (SplitPlan.Part p : plan.parts())
                splits.add(new DatasetManifest.Split(p.name(), p.firstFrame(), p.frames(), DatasetLayout.splitCoco(p.name()), null));
        return new DatasetManifest(version, false, spec.seed(), plan.frames(), shard, Seeds.ALGORITHM, categories(spec),
                spec.outputs().depthScale(), SpecWriter.toTree(spec), renderer, FrameOutputs.manifest(spec.outputs()),
                null, splits);
    }

    /** The spec's categories, ids 1..K in the spec's order, with their keypoint names. */
    public static List<CategoryLabel> categories(SceneSpec spec) {
        List<CategoryLabel> out = new ArrayList<>();
        List<String> names = spec.categories();
        for (int i = 0; i < names.size(); i++) out.add(new CategoryLabel(i + 1, names.get(i), spec.categoryKeypoints().get(i)));
        return out;
    }
}
