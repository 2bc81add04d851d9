package mirage.annotators.coco;

import java.util.List;
import java.util.Objects;

/** The content of one COCO instances file; the lists are copied and unmodifiable, in any order. */
public record CocoDataset(CocoInfo info, List<CocoImage> images, List<CocoAnnotation> annotations,
        List<CocoCategory> categories) {
    public CocoDataset {
        Objects.requireNonNull(info, "info");
        images = List.copyOf(images);
        annotations = List.copyOf(annotations);
        categories = List.copyOf(categories);
    }
}
