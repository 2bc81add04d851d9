package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.scenes.model.Background;
import mirage.scenes.spec.BackgroundSpec;

/** Samples the frame's background from the {@code background} stream. */
final class BackgroundSampler {
    private BackgroundSampler() {}

    /** A colour draws r, g, b (sRGB display values); an image folder draws one index into its sorted list. */
    static Background sample(BackgroundSpec spec, RandomGenerator rng) {
        if (spec instanceof BackgroundSpec.Images images)
            return new Background.Image(MaterialSampler.pick(images.folder().images(), rng));
        return new Background.Solid(((BackgroundSpec.Color) spec).color().sample(rng));
    }
}
