package mirage.scenes.sampling;

import java.util.List;
import java.util.random.RandomGenerator;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.spec.MaterialSpec;
import mirage.scenes.spec.ProceduralSpec;
import mirage.scenes.spec.SurfaceSpec;
import mirage.scenes.spec.UvSpec;

/** Samples materials: an object entry's from its {@code materials/<j>} stream, one per instance. */
final class MaterialSampler {
    private MaterialSampler() {}

    /**
     * One material. Draws the surface (see {@link #surface}), then the UV scale, offset u, offset v, rotation, then
     * roughness and metallic. Constant values draw nothing, so a plain {@code {base_color: ...}} draws only its colour.
     */
    static Material sample(MaterialSpec spec, RandomGenerator rng) {
        Material.Surface surface = surface(spec.surface(), rng);
        Material.UvTransform uv = uv(spec.uv(), rng);
        float roughness = (float) spec.roughness().sample(rng);
        float metallic = (float) spec.metallic().sample(rng);
        return new Material(surface, uv, roughness, metallic);
    }

    /**
     * A base colour draws its colour; a texture folder one index into its list of texture sets; a procedural surface the
     * pattern index, colour a, colour b, cells, then the noise seed (one int, drawn for every pattern so the draw
     * order does not depend on the pattern picked).
     */
    static Material.Surface surface(SurfaceSpec spec, RandomGenerator rng) {
        if (spec instanceof SurfaceSpec.BaseColor b) return new Material.Surface.BaseColor(ColorSampler.sample(b.color(), rng));
        if (spec instanceof SurfaceSpec.TextureFolder t) return pick(t.sets(), rng);
        if (spec instanceof SurfaceSpec.Procedural p) return procedural(p.procedural(), rng);
        return new Material.Surface.AssetOwn();
    }

    private static Material.Surface procedural(ProceduralSpec spec, RandomGenerator rng) {
        Material.Pattern pattern = pick(spec.pattern().choices(), rng);
        Rgb a = ColorSampler.sample(spec.colorA(), rng);
        Rgb b = ColorSampler.sample(spec.colorB(), rng);
        float cells = Floats.positive(spec.cells().sample(rng));
        int seed = rng.nextInt();
        return new Material.Surface.Procedural(pattern, a, b, cells, seed);
    }

    /** Draws scale, offset u, offset v, rotation. */
    private static Material.UvTransform uv(UvSpec spec, RandomGenerator rng) {
        float scale = Floats.positive(spec.scale().sample(rng));
        float offsetU = Floats.finite(spec.offset().sample(rng));
        float offsetV = Floats.finite(spec.offset().sample(rng));
        float rotation = Floats.finite(spec.rotationDeg().sample(rng));
        return new Material.UvTransform(scale, offsetU, offsetV, rotation);
    }

    static <T> T pick(List<T> items, RandomGenerator rng) {
        return items.get(rng.nextInt(items.size()));
    }
}
