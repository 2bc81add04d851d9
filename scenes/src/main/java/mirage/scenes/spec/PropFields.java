package mirage.scenes.spec;

import java.util.List;
import mirage.core.geom.Primitive;

/** Checks and defaults shared by distractor and occluder entries. */
final class PropFields {
    /** Most props (distractors and occluders) one frame may hold. */
    static final int MAX_COUNT = 1000;

    private PropFields() {}

    /** {@code shapes} checked, or every shape when neither shapes nor an asset folder is given; null with a folder. */
    static List<Primitive> shapes(List<Primitive> shapes, ModelFolder assetFolder) {
        if (shapes != null && assetFolder != null)
            throw SpecViolation.invalid("asset_folder", "give shapes or asset_folder, not both");
        if (assetFolder != null) return null;
        if (shapes == null) return List.of(Primitive.values());
        shapes = Checks.list(shapes, "shapes");
        if (shapes.isEmpty()) throw SpecViolation.invalid("shapes", "needs at least one shape");
        return shapes;
    }

    /** Count, integers 0..{@link #MAX_COUNT} [1]. */
    static Distribution count(Distribution count) {
        count = Checks.orDefault(count, Distribution.constant(1));
        Range.integers(0, MAX_COUNT).check("count", count);
        return count;
    }

    /** Size, metres of the largest bounding-box edge, &gt; 0 [0.5]. */
    static Distribution size(Distribution size) {
        size = Checks.orDefault(size, Distribution.constant(0.5));
        Range.positive().within(Bound.LENGTH).check("size", size);
        return size;
    }

    /** The material, [a random colour: hue uniform 0..360, saturation and value uniform 0.3..1]; built-in shapes have no material of their own. */
    static MaterialSpec material(MaterialSpec material, List<Primitive> shapes) {
        material = Checks.orDefault(material, MaterialSpec.randomColor());
        if (shapes != null && material.surface() instanceof SurfaceSpec.AssetOwn)
            throw SpecViolation.invalid("material", "built-in shapes have no material of their own; give a colour or a texture");
        return material;
    }
}
