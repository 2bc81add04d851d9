package mirage.annotators.coco;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a COCO instances file from a dataset in memory, UTF-8 JSON streamed with Jackson. Output is
 * deterministic: fixed key order ({@code info, licenses, images, annotations, categories}), images, annotations
 * and categories sorted by id, no timestamps. Every annotation gets {@code iscrowd: 0}; {@code bbox} is
 * {@code [x, y, w, h]} in pixel-edge coordinates; {@code segmentation} is {@code {"size": [h, w], "counts": "..."}},
 * or, for an annotation with {@link CocoAnnotation#polygons()}, a list of polygons {@code [[x1, y1, x2, y2, ...],
 * ...]} in pixel-edge coordinates. Mirage's extra keys ({@link CocoExtras}) follow {@code iscrowd}; a category
 * with keypoints gets {@code keypoints} and {@code "skeleton": []}. Doubles are written in the shortest form that
 * reads back exactly (Jackson's Schubfach writer, independent of the JDK). The dataset is checked with
 * {@link CocoValidator} first, so nothing is written for an invalid dataset. Datasets too large for memory are
 * written item by item with {@link CocoStream}, which gives the same bytes.
 */
public final class CocoWriter {
    /** Writes the dataset to {@code out}, which is flushed but not closed. */
    public void write(CocoDataset dataset, OutputStream out) throws IOException {
        CocoValidator.check(dataset);
        Map<Long, CocoImage> images = new HashMap<>();
        for (CocoImage im : dataset.images()) images.put(im.id(), im);
        CocoStream stream = new CocoStream(out, dataset.info(), dataset.categories());
        for (CocoImage im : dataset.images().stream().sorted(Comparator.comparingLong(CocoImage::id)).toList())
            stream.image(im);
        for (CocoAnnotation a : dataset.annotations().stream().sorted(Comparator.comparingLong(CocoAnnotation::id)).toList())
            stream.annotation(images.get(a.imageId()), a);
        stream.finish();
    }
}
