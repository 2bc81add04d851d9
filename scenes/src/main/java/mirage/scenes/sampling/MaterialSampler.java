package mirage.scenes.sampling;

import java.util.List;
import java.util.random.RandomGenerator;
import mirage.scenes.model.Material;
import mirage.scenes.spec.MaterialSpec;

/** Samples instance materials of one object entry from its {@code materials/<j>} stream. */
final class MaterialSampler {
    private MaterialSampler() {}

    /** One material per instance: base colours draw r, g, b; textures draw one index into the folder's list. */
    static Material sample(MaterialSpec spec, RandomGenerator rng) {
        if (spec instanceof MaterialSpec.BaseColor b) return Material.of(new Material.Surface.BaseColor(b.color().sample(rng)));
        if (spec instanceof MaterialSpec.TextureFolder t) return Material.of(new Material.Surface.Texture(pick(t.folder().images(), rng)));
        return Material.ASSET;
    }

    static <T> T pick(List<T> items, RandomGenerator rng) {
        return items.get(rng.nextInt(items.size()));
    }
}
