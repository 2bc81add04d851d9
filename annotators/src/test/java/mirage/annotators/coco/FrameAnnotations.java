package mirage.annotators.coco;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mirage.annotators.mask.InstanceStats;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import mirage.core.image.IdImage;

/**
 * Test helper: builds the COCO annotations of one frame from its id image: one per instance with at least one visible pixel,
 * in instance order; instance k gets id {@code firstAnnotationId + k - 1}, so an id does not depend on which other
 * instances are visible; instances with no visible pixel get none. Box, area and RLE all come from the same id pixels.
 */
final class FrameAnnotations {
    private FrameAnnotations() {
    }

    /**
     * @param categoryIds category of instance k at index {@code k - 1}; its length is the instance count N
     * @throws IllegalArgumentException if a pixel holds an id outside {@code 0..N}
     */
    static List<CocoAnnotation> of(IdImage image, int[] categoryIds, long imageId, long firstAnnotationId) {
        int n = categoryIds.length;
        InstanceStats stats = InstanceStats.of(image, n);
        List<Rle> rles = CocoRle.encodeAll(image, n);
        List<CocoAnnotation> out = new ArrayList<>(stats.visibleCount());
        for (int k = 1; k <= n; k++) {
            Optional<PixelBox> box = stats.box(k);
            if (box.isEmpty()) continue;
            out.add(new CocoAnnotation(firstAnnotationId + k - 1, imageId, categoryIds[k - 1], box.get(),
                    stats.pixelCount(k), rles.get(k - 1)));
        }
        return out;
    }
}
