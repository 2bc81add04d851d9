package mirage.dataset.export;

import java.util.HashMap;
import java.util.Map;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;

/** Per-image label file names shared by the one-file-per-image formats (YOLO, VOC, KITTI). */
final class LabelFiles {
    private LabelFiles() {
    }

    /**
     * Checks that no two images share a stem (e.g. {@code a.png} and {@code a.jpg}), which would make two label
     * files collide.
     */
    static void checkStems(LabelSource labels) throws ExportException {
        Map<String, FrameLabel> seen = new HashMap<>();
        for (FrameLabel f : labels.frames()) {
            FrameLabel other = seen.put(f.stem(), f);
            if (other != null) {
                throw new ExportException("images '" + other.fileName() + "' and '" + f.fileName()
                        + "' have the same stem '" + f.stem() + "', so their label files would collide");
            }
        }
    }
}
