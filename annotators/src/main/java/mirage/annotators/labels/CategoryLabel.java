package mirage.annotators.labels;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A category of the dataset.
 *
 * @param id 1..K, in spec order
 * @param name unique, non-blank
 * @param keypoints names of the category's keypoints, in order (unique, non-blank; empty when it has none)
 */
public record CategoryLabel(int id, String name, List<String> keypoints) {
    public CategoryLabel {
        Checks.require(id >= 1, "category id must be >= 1: " + id);
        Checks.nonBlank(name, "category " + id + " name");
        keypoints = List.copyOf(keypoints);
        Set<String> seen = new HashSet<>();
        for (String k : keypoints) {
            Checks.nonBlank(k, "category '" + name + "' keypoint name");
            Checks.require(seen.add(k), "category '" + name + "': keypoint '" + k + "' is listed twice");
        }
    }

    /** A category without keypoints. */
    public CategoryLabel(int id, String name) {
        this(id, name, List.of());
    }
}
