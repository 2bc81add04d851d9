package mirage.annotators.labels;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label model of a whole dataset: the one source every export format is written from.
 *
 * <p>Checked on construction: category ids exactly 1..K in list order with unique names; frames (sorted here by
 * frame index) with unique frame indices, image ids, file names and annotation ids; every instance's category
 * id in 1..K with the matching name, and its keypoint names equal to its category's, in order;
 * {@code depthScale > 0}.
 *
 * @param categories categories 1..K in id order
 * @param frames the frames, stored sorted by frame index
 * @param depthScale millimetres per depth PNG unit (BOP {@code depth_scale}: PNG value times it gives mm)
 */
public record DatasetLabels(List<CategoryLabel> categories, List<FrameLabel> frames, double depthScale)
        implements LabelSource {
    public DatasetLabels {
        categories = List.copyOf(categories);
        frames = frames.stream().sorted(Comparator.comparingInt(FrameLabel::frame)).toList();
        Checks.require(depthScale > 0 && Double.isFinite(depthScale), "depth_scale must be positive: " + depthScale);
        checkCategories(categories);
        checkFrames(frames, categories);
    }

    @Override
    public CategoryLabel category(int id) {
        return categories.get(id - 1);
    }

    /**
     * Checks the categories: ids exactly 1..K in list order, names unique.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public static void checkCategories(List<CategoryLabel> categories) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryLabel c = categories.get(i);
            Checks.require(c.id() == i + 1, "category '" + c.name() + "' at position " + (i + 1) + " has id "
                    + c.id() + "; ids must be exactly 1..K in order");
            Checks.require(names.add(c.name()), "category name '" + c.name() + "' is not unique");
        }
    }

    private static void checkFrames(List<FrameLabel> frames, List<CategoryLabel> categories) {
        Map<Integer, FrameLabel> byIndex = new HashMap<>();
        Set<Long> imageIds = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        Set<Long> annotationIds = new HashSet<>();
        for (FrameLabel f : frames) {
            Checks.require(byIndex.put(f.frame(), f) == null, "frame " + f.frame() + " appears twice");
            Checks.require(imageIds.add(f.imageId()), "frame " + f.frame() + ": image_id " + f.imageId()
                    + " is not unique");
            Checks.require(fileNames.add(f.fileName()), "frame " + f.frame() + ": file_name '" + f.fileName()
                    + "' is not unique");
            for (InstanceLabel inst : f.instances()) {
                Checks.require(inst.annotationId() == null || annotationIds.add(inst.annotationId()),
                        "frame " + f.frame() + ", instance " + inst.index() + ": annotation_id " + inst.annotationId()
                                + " is not unique in the dataset");
            }
            checkInstances(f, categories);
        }
    }

    /**
     * Checks a frame's instances against the categories: each category id in 1..K with its name, and its
     * keypoint names those of its category, in order.
     *
     * @throws IllegalArgumentException naming the frame, the instance and the problem
     */
    public static void checkInstances(FrameLabel f, List<CategoryLabel> categories) {
        for (InstanceLabel inst : f.instances()) checkCategory("frame " + f.frame() + ", instance " + inst.index(), inst, categories);
    }

    private static void checkCategory(String where, InstanceLabel inst, List<CategoryLabel> categories) {
        Checks.require(inst.categoryId() <= categories.size(), where + ": category_id " + inst.categoryId()
                + " is outside 1.." + categories.size());
        CategoryLabel c = categories.get(inst.categoryId() - 1);
        Checks.require(c.name().equals(inst.category()), where + ": category '" + inst.category()
                + "' != name '" + c.name() + "' of category " + c.id());
        List<String> names = inst.keypoints().stream().map(KeypointLabel::name).toList();
        Checks.require(names.equals(c.keypoints()), where + ": keypoints " + names + " != category '" + c.name()
                + "' keypoints " + c.keypoints());
    }
}
