package mirage.scenes.spec;

import java.util.List;
import mirage.core.geom.Primitive;

/**
 * The top-level {@code occluders}: unlabelled objects placed between the camera and labelled instances. Each
 * picks a placed instance uniformly and sits at the fraction {@code depth} of the way from the camera's eye to the
 * instance's bounding-box centre, moved by {@code offset} along the camera's x and y axes (metres); a frame with no
 * instance gets none. Shapes, size, rotation and material as for distractors.
 *
 * @param count       occluders per frame, integers 0..1000 [1]
 * @param shapes      built-in shapes to pick from [all five, unless asset_folder is given]
 * @param assetFolder instead of shapes: a folder of models to pick from
 * @param size        largest bounding-box edge, metres, &gt; 0 [0.5]
 * @param depth       fraction of the way from the eye to the instance, in (0, 1) [0.5]
 * @param offset      metres across the view, drawn for camera x then y [0]
 * @param rotation    [uniform]
 * @param material    [a random colour, each channel uniform 0.3..1]
 */
public record OccluderSpec(Distribution count, List<Primitive> shapes, ModelFolder assetFolder, Distribution size,
                           Distribution depth, Distribution offset, RotationSpec rotation, MaterialSpec material) {
    public OccluderSpec {
        count = PropFields.count(count);
        shapes = PropFields.shapes(shapes, assetFolder);
        size = PropFields.size(size);
        depth = Checks.orDefault(depth, Distribution.constant(0.5));
        Range.open(0, 1).check("depth", depth);
        offset = Checks.orDefault(offset, Distribution.constant(0));
        Range.any().within(Bound.COORDINATE).check("offset", offset);
        rotation = Checks.orDefault(rotation, new RotationSpec.Uniform());
        material = PropFields.material(material, shapes);
    }
}
