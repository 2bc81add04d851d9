package mirage.scenes.model;

import java.nio.file.Path;
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
 */
public record Instance(int index, int categoryId, String category, Path asset, Matrix4fc modelToWorld, Material material) {
    public Instance {
        if (index < 1 || index > 65535) throw new IllegalArgumentException("instance index out of 1..65535: " + index);
        if (categoryId < 1) throw new IllegalArgumentException("category id must be >= 1");
        modelToWorld = new Matrix4f(modelToWorld);
    }
}
