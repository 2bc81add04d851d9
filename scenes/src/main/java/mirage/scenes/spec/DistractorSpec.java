package mirage.scenes.spec;

import java.util.List;
import mirage.core.geom.Primitive;

/**
 * One entry of {@code distractors}: unlabelled clutter, drawn, lit and occluding like any object but 0 in every
 * mask. Each distractor is a built-in shape or a model from a folder, picked uniformly, scaled so its largest
 * bounding-box edge is {@code size}, with its bounding-box centre at the drawn position.
 *
 * @param shapes      built-in shapes to pick from [all five, unless asset_folder is given]
 * @param assetFolder instead of shapes: a folder of models to pick from
 * @param count       distractors per frame, integers 0..1000 [1]
 * @param size        largest bounding-box edge, metres, &gt; 0 [0.5]
 * @param rotation    [uniform]
 * @param position    box of centres, metres [the origin, unless support is given]
 * @param support     instead of position: rest on a plane
 * @param material    [a random colour, each channel uniform 0.3..1]
 */
public record DistractorSpec(List<Primitive> shapes, ModelFolder assetFolder, Distribution count, Distribution size,
                             RotationSpec rotation, BoxSpec position, SupportSpec support, MaterialSpec material) {
    public DistractorSpec {
        shapes = PropFields.shapes(shapes, assetFolder);
        count = PropFields.count(count);
        size = PropFields.size(size);
        rotation = Checks.orDefault(rotation, new RotationSpec.Uniform());
        if (support != null) Checks.absent(position, "support", "give position or support, not both");
        else position = Checks.orDefault(position, BoxSpec.ORIGIN);
        material = PropFields.material(material, shapes);
    }
}
