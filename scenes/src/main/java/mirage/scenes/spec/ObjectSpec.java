package mirage.scenes.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of {@code objects}: an asset placed {@code count} times per frame.
 *
 * @param asset    the asset file (required)
 * @param category label category name, printable (see {@link Names}; required); ids are given by first appearance in the spec
 * @param count    instances per frame, integers 0..1000 [1; {@link SceneSpec} fills the default in]; null (left
 *                 out) when the spec has {@code class_balance}, which chooses each instance's entry instead
 * @param scale    scale factor(s) in the asset's axes, &gt; 0 [1]
 * @param fitSize  if set, metres &gt; 0: the asset is first scaled so its largest bounding-box edge has this length
 * @param center   place the bounding-box centre (not the file origin) at the sampled position [true]
 * @param rotation see {@link RotationSpec} [uniform]
 * @param position box of world positions, metres [the origin, unless support is given; then null]
 * @param support  instead of position: rest on a plane [none]
 * @param material how instances are coloured [asset]
 * @param keypoints named points on the asset, projected per frame [none]
 * @param collision the collision shape under {@code placement.physics} [physics.collision]
 */
public record ObjectSpec(AssetFile asset, String category, Distribution count, ScaleSpec scale, Double fitSize,
                         Boolean center, RotationSpec rotation, BoxSpec position, SupportSpec support,
                         MaterialSpec material, List<KeypointSpec> keypoints, CollisionSpec collision) {
    /** Most instances one entry may place per frame. */
    public static final int MAX_COUNT = 1000;

    public ObjectSpec {
        Checks.required(asset, "asset");
        Names.check("category", Checks.required(category, "category"));
        if (count != null) Range.integers(0, MAX_COUNT).check("count", count);
        scale = Checks.orDefault(scale, ScaleSpec.ONE);
        if (fitSize != null) Range.positive().within(Bound.LENGTH).check("fit_size", fitSize);
        center = Checks.orDefault(center, Boolean.TRUE);
        rotation = Checks.orDefault(rotation, new RotationSpec.Uniform());
        if (support != null) Checks.absent(position, "support", "give position or support, not both");
        else position = Checks.orDefault(position, BoxSpec.ORIGIN);
        material = Checks.orDefault(material, MaterialSpec.ASSET);
        keypoints = Checks.list(Checks.orDefault(keypoints, List.<KeypointSpec>of()), "keypoints");
        if (keypoints.size() > KeypointSpec.MAX_PER_OBJECT)
            throw SpecViolation.invalid("keypoints", "at most " + KeypointSpec.MAX_PER_OBJECT + " keypoints, got " + keypoints.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keypoints.size(); i++)
            if (!names.add(keypoints.get(i).name()))
                throw SpecViolation.invalid("keypoints[" + i + "].name", "duplicate keypoint name '" + keypoints.get(i).name() + "'");
    }

    /** The same entry with {@code count} 1 when it was left out. */
    ObjectSpec withDefaultCount() {
        if (count != null) return this;
        return new ObjectSpec(asset, category, Distribution.constant(1), scale, fitSize, center, rotation, position, support,
                material, keypoints, collision);
    }
}
