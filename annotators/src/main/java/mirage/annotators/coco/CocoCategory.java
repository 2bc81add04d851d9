package mirage.annotators.coco;

import java.util.Objects;

/** A COCO {@code categories[]} entry; ids of a dataset are exactly {@code 1..K}. */
public record CocoCategory(int id, String name, String supercategory) {
    public CocoCategory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supercategory, "supercategory");
    }
}
