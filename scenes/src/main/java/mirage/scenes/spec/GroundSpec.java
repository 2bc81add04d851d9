package mirage.scenes.spec;

/**
 * The top-level {@code ground}: a large horizontal plane at y = {@code height} (see {@code mirage.scenes.model.Ground}),
 * a prop in no mask that receives shadows. Either it has a material (drawn and lit like a prop, in the depth and
 * normal images) or it is a shadow catcher: invisible except for the shadows it receives, which darken the
 * background where the ground is seen (not in the depth or normal images).
 *
 * @param height        y of the ground plane, metres [0]
 * @param material      how it is coloured, not the asset's own; not with {@code shadow_catcher} [a random colour]
 * @param shadowCatcher invisible except for its shadows [false]
 */
public record GroundSpec(Distribution height, MaterialSpec material, Boolean shadowCatcher) {
    public GroundSpec {
        height = Checks.orDefault(height, Distribution.constant(0));
        Range.any().within(Bound.COORDINATE).check("height", height);
        shadowCatcher = Checks.orDefault(shadowCatcher, Boolean.FALSE);
        if (shadowCatcher && material != null)
            throw SpecViolation.invalid("material", "a shadow catcher is invisible and has no material; give material or shadow_catcher: true");
        if (!shadowCatcher) {
            material = Checks.orDefault(material, MaterialSpec.randomColor());
            if (material.surface() instanceof SurfaceSpec.AssetOwn)
                throw SpecViolation.invalid("material", "the ground has no material of its own; give a colour or a texture");
        }
    }
}
