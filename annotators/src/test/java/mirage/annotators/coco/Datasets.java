package mirage.annotators.coco;

import java.util.ArrayList;
import java.util.List;
import mirage.core.image.IdImage;

/** Small valid datasets for tests. */
final class Datasets {
    static final CocoInfo INFO = new CocoInfo("test run, seed 7", "0.1.0");
    static final List<CocoCategory> CATEGORIES = List.of(
            new CocoCategory(1, "cube", "shape"), new CocoCategory(2, "torus", "shape"));

    private Datasets() {
    }

    /** 7x5, instance 1 a ring with a hole at (2, 2), instance 2 an L in the right columns. */
    static IdImage golden() {
        return new IdImage(7, 5, new int[] {
                0, 0, 0, 0, 0, 0, 2,
                0, 1, 1, 1, 0, 0, 2,
                0, 1, 0, 1, 0, 0, 2,
                0, 1, 1, 1, 0, 2, 2,
                0, 0, 0, 0, 0, 0, 0,
        });
    }

    /** Two frames: the golden one and a 4x3 frame with three instances, the second one invisible. */
    static CocoDataset twoFrames() {
        IdImage second = new IdImage(4, 3, new int[] {
                1, 1, 0, 3,
                1, 0, 0, 3,
                0, 0, 0, 3,
        });
        List<CocoAnnotation> anns = new ArrayList<>(FrameAnnotations.of(golden(), new int[] {2, 1}, 1, 1));
        anns.addAll(FrameAnnotations.of(second, new int[] {1, 1, 2}, 2, anns.size() + 1));
        List<CocoImage> images = List.of(new CocoImage(1, "images/000001.png", 7, 5),
                new CocoImage(2, "images/000002.png", 4, 3));
        return new CocoDataset(INFO, images, anns, CATEGORIES);
    }
}
