package mirage.annotators.coco;

import java.util.Objects;

/** The COCO {@code info} object: a free description (tool, run seed, spec hash) and the tool version. */
public record CocoInfo(String description, String version) {
    public CocoInfo {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
    }
}
