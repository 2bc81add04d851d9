package mirage.scenes.model;

import java.nio.file.Path;
import java.util.List;
import mirage.core.Limits;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;

/**
 * One labelled object in a frame.
 *
 * @param index        1-based index in the frame; the value of its pixels in the instance mask
 * @param categoryId   1-based category id (spec order)
 * @param category     category name
 * @param asset        absolute, normalised path of the asset file
 * @param modelToWorld maps the asset file's own vertex coordinates (as imported, node transforms applied) to world
 * @param material     how the instance is coloured
 * @param keypoints    named points on the asset (file coordinates), projected into the frame's labels
 */
public record Instance(int index, int categoryId, String category, Path asset, Matrix4fc modelToWorld, Material material,
                       List<Keypoint> keypoints) {
    public Instance {
        if (index < 1 || index > Limits.MAX_INSTANCES)
            throw new IllegalArgumentException("instance index out of 1.." + Limits.MAX_INSTANCES + ": " + index);
        if (categoryId < 1) throw new IllegalArgumentException("category id must be >= 1");
        modelToWorld = new Matrix4f(modelToWorld);
        keypoints = List.copyOf(keypoints);
    }

    /** An instance without keypoints. */
    public Instance(int index, int categoryId, String category, Path asset, Matrix4fc modelToWorld, Material material) {
        this(index, categoryId, category, asset, modelToWorld, material, List.of());
    }
}
