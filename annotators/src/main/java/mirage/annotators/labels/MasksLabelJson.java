package mirage.annotators.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mirage.annotators.labels.MasksLabel.Region;

/**
 * The keys of a {@link MasksLabel} in an instance object. Region {@code r} ({@code visible}, {@code amodal}) is
 * {@code r_pixels} (an integer), {@code r_box} ({@code [x, y, w, h]} or null) and {@code r_mask} (COCO RLE or
 * null); {@code projected_box} is 4 numbers or null.
 */
final class MasksLabelJson {
    /** The keys this codec writes and reads. */
    static final List<String> KEYS = List.of("visible_pixels", "amodal_pixels", "visible_box", "amodal_box",
            "projected_box", "visible_mask", "amodal_mask");

    private MasksLabelJson() {
    }

    static void write(MasksLabel masks, ObjectNode into) {
        region(MasksLabel.VISIBLE, masks.visible(), into);
        region(MasksLabel.AMODAL, masks.amodal(), into);
        into.set("projected_box", JsonOut.orNull(masks.projectedBox(), JsonOut::numbers));
    }

    private static void region(String name, Region r, ObjectNode into) {
        into.put(name + "_pixels", r.pixels());
        into.set(name + "_box", JsonOut.box(r.box()));
        into.set(name + "_mask", JsonOut.rle(r.rle()));
    }

    /**
     * The masks in object {@code n} at {@code path}.
     *
     * @throws LabelFormatException for a missing or mistyped key; a rule the record breaks is its
     *     {@link IllegalArgumentException}, for the caller to place ({@link JsonIn#build})
     */
    static MasksLabel read(JsonNode n, String path) throws LabelFormatException {
        Region visible = region(MasksLabel.VISIBLE, n, path);
        Region amodal = region(MasksLabel.AMODAL, n, path);
        double[] projected = JsonIn.optional(n, "projected_box", path, (v, at) -> JsonIn.numbers(v, at, 4));
        return new MasksLabel(visible, amodal, projected);
    }

    private static Region region(String name, JsonNode n, String path) throws LabelFormatException {
        return new Region(JsonIn.int64(n, name + "_pixels", path), JsonIn.optional(n, name + "_box", path, JsonIn::box),
                JsonIn.optional(n, name + "_mask", path, JsonIn::rle));
    }
}
