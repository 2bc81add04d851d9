package mirage.annotators.coco;

import java.util.List;
import java.util.Objects;

/**
 * A COCO {@code categories[]} entry; ids of a dataset are exactly {@code 1..K}. {@code keypoints} lists the
 * category's keypoint names in order (written with {@code "skeleton": []} when not empty); empty for none.
 */
public record CocoCategory(int id, String name, String supercategory, List<String> keypoints) {
    public CocoCategory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supercategory, "supercategory");
        keypoints = List.copyOf(keypoints);
    }

    /** A category without keypoints. */
    public CocoCategory(int id, String name, String supercategory) {
        this(id, name, supercategory, List.of());
    }
}
