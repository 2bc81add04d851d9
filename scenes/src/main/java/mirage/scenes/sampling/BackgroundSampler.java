package mirage.scenes.sampling;

import java.util.random.RandomGenerator;
import mirage.scenes.model.Background;
import mirage.scenes.model.Material;
import mirage.scenes.spec.BackgroundSpec;

/** Samples the frame's background from the {@code background} stream. */
final class BackgroundSampler {
    private BackgroundSampler() {}

    /**
     * A colour draws its colour (sRGB display values). An image folder draws the image index, the zoom, the
     * placement x and y (uniform 0..1) and whether to flip (one uniform draw below the flip probability), in that
     * order. A tiled texture or pattern draws the surface (see {@link MaterialSampler#surface}), the tiles and the
     * rotation; tiles become the UV scale of the background's material.
     */
    static Background sample(BackgroundSpec spec, RandomGenerator rng) {
        if (spec instanceof BackgroundSpec.Images images) {
            var image = MaterialSampler.pick(images.folder().images(), rng);
            float zoom = Math.max(1f, Floats.finite(images.zoom().sample(rng)));
            float x = (float) rng.nextDouble();
            float y = (float) rng.nextDouble();
            boolean flip = rng.nextDouble() < images.flip();
            return new Background.Image(image, zoom, x, y, flip);
        }
        if (spec instanceof BackgroundSpec.Texture t) {
            Material.Surface surface = MaterialSampler.surface(t.surface(), rng);
            float tiles = Floats.positive(t.tiles().sample(rng));
            float rotation = Floats.finite(t.rotationDeg().sample(rng));
            return new Background.Texture(new Material(surface, new Material.UvTransform(tiles, 0, 0, rotation),
                    Material.DEFAULT_ROUGHNESS, 0));
        }
        return new Background.Solid(ColorSampler.sample(((BackgroundSpec.Color) spec).color(), rng));
    }
}
