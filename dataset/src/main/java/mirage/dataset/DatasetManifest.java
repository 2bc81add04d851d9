package mirage.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.CategoryLabel;

/**
 * What {@code dataset.json} holds (written and read by {@link DatasetManifestJson}). A manifest read from a
 * dataset that lacks a key (hand-made, or older) has its empty value: "" for text, 0 / -1 / false for numbers,
 * null for {@code spec}, {@code renderer} and {@code counts}, empty for {@code outputs} and {@code splits}; only
 * {@code categories} and {@code depth_scale} are required.
 *
 * @param version         the Mirage version that wrote it
 * @param complete        every frame of the run (or of the shard) is done
 * @param seed            the run seed
 * @param frames          the run's frame count (all splits); -1 when unknown
 * @param shard           the shard of the run the folder holds, or null for the whole run
 * @param randomAlgorithm the name of the random generator frames draw from
 * @param categories      ids 1..K in order, with their keypoint names
 * @param depthScale      millimetres per depth PNG unit
 * @param spec            the resolved spec, as JSON
 * @param renderer        the device and driver that rendered the run
 * @param outputs         what the dataset holds: key (images, depth, coco, ...) to its folder or file
 * @param counts          images, instances and annotations in the dataset
 * @param splits          the run's splits in order; empty without splits
 */
public record DatasetManifest(String version, boolean complete, long seed, int frames, Shard shard, String randomAlgorithm,
                              List<CategoryLabel> categories, double depthScale, JsonNode spec, Renderer renderer,
                              Map<String, String> outputs, Counts counts, List<Split> splits) {
    /** The value of {@code tool}. */
    public static final String TOOL = "mirage";

    public DatasetManifest {
        categories = List.copyOf(categories);
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));   // in the order given
        splits = List.copyOf(splits);
    }

    /** The GL device and driver. */
    public record Renderer(String device, String glVendor, String glRenderer, String glVersion) {}

    /** How much a dataset (or a split) holds. */
    public record Counts(long images, long instances, long annotations) {}

    /** The same manifest for the whole run (no shard), counts and splits' counts unknown. */
    public DatasetManifest whole() {
        List<Split> parts = splits.stream().map(s -> new Split(s.name(), s.firstFrame(), s.frames(), s.coco(), null)).toList();
        return new DatasetManifest(version, false, seed, frames, null, randomAlgorithm, categories, depthScale, spec,
                renderer, outputs, null, parts);
    }

    /** The first frame the dataset is for: its shard's, or 0. */
    public int firstFrame() {
        return shard == null ? 0 : shard.firstFrame(frames);
    }

    /** One past the last frame the dataset is for. */
    public int endFrame() {
        return shard == null ? frames : shard.endFrame(frames);
    }

    /** One split: its frames {@code firstFrame .. firstFrame + frames - 1}, its own COCO file and counts. */
    public record Split(String name, int firstFrame, int frames, String coco, Counts counts) {}
}
