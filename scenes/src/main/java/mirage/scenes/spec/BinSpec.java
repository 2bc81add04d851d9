package mirage.scenes.spec;

import java.util.List;

/**
 * A container for physics settling: an open box (a floor and four walls of thickness {@code wall}) standing on the
 * plane y = {@code height}, centred on {@code center} in (x, z). Objects of entries without a {@code support} drop
 * into it. It is drawn as a prop: lit, shadowed and occluding, 0 in every mask. Metres.
 *
 * @param size     inner width (x), wall height (y) and inner depth (z), each &gt; 0 (required)
 * @param wall     thickness of the floor and walls, &gt; 0 [0.01]
 * @param center   [x, z] of the bin's centre [0, 0]
 * @param height   y of the plane the bin stands on [0]
 * @param material how the bin is coloured [a random colour]
 */
public record BinSpec(List<Double> size, Double wall, List<Double> center, Double height, MaterialSpec material) {
    public BinSpec {
        size = Checks.list(Checks.required(size, "size"), "size");
        if (size.size() != 3) throw SpecViolation.invalid("size", "must be a list of 3 numbers [x, y, z], got " + size.size() + " values");
        for (int i = 0; i < 3; i++) Range.positive().within(Bound.LENGTH).check("size[" + i + "]", size.get(i));
        wall = Checks.orDefault(wall, 0.01);
        Range.positive().within(Bound.LENGTH).check("wall", wall);
        center = Checks.list(Checks.orDefault(center, List.of(0.0, 0.0)), "center");
        if (center.size() != 2) throw SpecViolation.invalid("center", "must be a list of 2 numbers [x, z], got " + center.size() + " values");
        for (int i = 0; i < 2; i++) Range.any().within(Bound.COORDINATE).check("center[" + i + "]", center.get(i));
        height = Checks.orDefault(height, 0.0);
        Range.any().within(Bound.COORDINATE).check("height", height);
        material = Checks.orDefault(material, MaterialSpec.randomColor());
        if (material.surface() instanceof SurfaceSpec.AssetOwn)
            throw SpecViolation.invalid("material", "a bin has no material of its own; give a colour or a texture");
    }

    /** Inner width, x. */
    public double width() {
        return size.get(0);
    }

    /** Wall height above the floor, y. */
    public double wallHeight() {
        return size.get(1);
    }

    /** Inner depth, z. */
    public double depth() {
        return size.get(2);
    }

    /** y of the floor's top face, where dropped objects land. */
    public double floorTop() {
        return height + wall;
    }
}
