package mirage.annotators.labels;

import java.util.Locale;

/**
 * Where a keypoint is in a frame. The JSON names are the lower-case constant names; the COCO flag {@code v} is
 * {@link #cocoFlag()}.
 */
public enum KeypointVisibility {
    /** Projects outside the image, or lies behind the camera (COCO v = 0, written as x = y = 0). */
    OUTSIDE,
    /** Inside the image but hidden by another surface or by its own object (COCO v = 1). */
    OCCLUDED,
    /** Inside the image and the nearest surface at its pixel (COCO v = 2). */
    VISIBLE;

    /** COCO keypoint visibility: 0 outside, 1 labelled but not visible, 2 visible. */
    public int cocoFlag() {
        return ordinal();
    }

    /** The JSON name: {@code outside}, {@code occluded} or {@code visible}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a JSON name, or null if there is none. */
    public static KeypointVisibility ofJsonName(String name) {
        for (KeypointVisibility v : values()) if (v.jsonName().equals(name)) return v;
        return null;
    }
}
