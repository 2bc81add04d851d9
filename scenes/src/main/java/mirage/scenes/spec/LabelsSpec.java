package mirage.scenes.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which instances are labelled. An instance below either threshold is dropped (no annotation) or kept with an
 * {@code ignore} flag; an instance with no visible pixel never gets an annotation.
 *
 * @param minVisiblePixels visible pixels needed, integer &gt;= 1 [1]
 * @param minVisibility    visible / amodal pixels needed, 0..1 [0]
 * @param below            what happens to an instance below a threshold [drop]
 */
public record LabelsSpec(Long minVisiblePixels, Double minVisibility, Below below) {
    /** The fate of an instance below a threshold; written in lower case. */
    public enum Below {
        @JsonProperty("drop") DROP,
        @JsonProperty("ignore") IGNORE
    }

    public static final LabelsSpec DEFAULT = new LabelsSpec(null, null, null);

    public LabelsSpec {
        minVisiblePixels = Checks.orDefault(minVisiblePixels, 1L);
        Range.integers(1, Long.MAX_VALUE).check("min_visible_pixels", minVisiblePixels);
        minVisibility = Checks.orDefault(minVisibility, 0.0);
        Range.closed(0, 1).check("min_visibility", minVisibility);
        below = Checks.orDefault(below, Below.DROP);
    }
}
