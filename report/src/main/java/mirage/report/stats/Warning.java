package mirage.report.stats;

/**
 * A likely mistake in a dataset, for a person to look at.
 *
 * @param kind a stable identifier: {@code incomplete}, {@code category_without_annotations},
 *     {@code frames_without_annotations}, {@code small_boxes}, {@code mostly_truncated}, {@code class_balance},
 *     {@code duplicate_images}
 * @param message one sentence with the numbers and, where it helps, example frames
 */
public record Warning(String kind, String message) {}
