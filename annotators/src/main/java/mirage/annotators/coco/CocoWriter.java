package mirage.annotators.coco;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import mirage.annotators.contour.Ring;
import mirage.annotators.io.AtomicFiles;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * Writes a COCO instances file, UTF-8 JSON streamed with Jackson. Output is deterministic: fixed key order
 * ({@code info, licenses, images, annotations, categories}), images, annotations and categories sorted by id,
 * no timestamps. Every annotation gets {@code iscrowd: 0}; {@code bbox} is {@code [x, y, w, h]} in pixel-edge
 * coordinates; {@code segmentation} is {@code {"size": [h, w], "counts": "..."}}, or, for an annotation with
 * {@link CocoAnnotation#polygons()}, a list of polygons {@code [[x1, y1, x2, y2, ...], ...]} in pixel-edge
 * coordinates. Mirage's extra keys ({@link CocoExtras}) follow {@code iscrowd}; a category with keypoints gets
 * {@code keypoints} and {@code "skeleton": []}. Doubles are written in the shortest form that reads back exactly
 * (Jackson's Schubfach writer, independent of the JDK). The dataset is checked with {@link CocoValidator} first,
 * so nothing is written for an invalid dataset.
 */
public final class CocoWriter {
    private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /** Writes the dataset to {@code out}, which is flushed but not closed. */
    public void write(CocoDataset dataset, OutputStream out) throws IOException {
        CocoValidator.check(dataset);
        writeChecked(dataset, out);
    }

    private void writeChecked(CocoDataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            writeInfo(g, dataset.info());
            g.writeArrayFieldStart("licenses");
            g.writeEndArray();
            g.writeArrayFieldStart("images");
            for (CocoImage im : sorted(dataset.images(), Comparator.comparingLong(CocoImage::id))) writeImage(g, im);
            g.writeEndArray();
            g.writeArrayFieldStart("annotations");
            for (CocoAnnotation a : sorted(dataset.annotations(), Comparator.comparingLong(CocoAnnotation::id))) {
                writeAnnotation(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            for (CocoCategory c : sorted(dataset.categories(), Comparator.comparingInt(CocoCategory::id))) {
                writeCategory(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * Writes the dataset to {@code file} atomically: a temporary file in the same directory is written, forced
     * to disk, then moved over {@code file}. On failure {@code file} is untouched and the temporary file removed.
     */
    public void writeAtomically(CocoDataset dataset, Path file) throws IOException {
        CocoValidator.check(dataset);
        AtomicFiles.write(file, out -> writeChecked(dataset, out));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    private static void writeInfo(JsonGenerator g, CocoInfo info) throws IOException {
        g.writeObjectFieldStart("info");
        g.writeStringField("description", info.description());
        g.writeStringField("version", info.version());
        g.writeEndObject();
    }

    private static void writeImage(JsonGenerator g, CocoImage im) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", im.id());
        g.writeNumberField("width", im.width());
        g.writeNumberField("height", im.height());
        g.writeStringField("file_name", im.fileName());
        g.writeEndObject();
    }

    private static void writeAnnotation(JsonGenerator g, CocoAnnotation a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.id());
        g.writeNumberField("image_id", a.imageId());
        g.writeNumberField("category_id", a.categoryId());
        g.writeFieldName("segmentation");
        if (a.polygons() == null) writeRle(g, a.segmentation());
        else writePolygons(g, a.polygons());
        g.writeNumberField("area", a.area());
        writeBox(g, "bbox", a.bbox());
        g.writeNumberField("iscrowd", 0);
        if (a.extras() != null) CocoExtrasJson.write(g, a.extras());
        g.writeEndObject();
    }

    static void writeBox(JsonGenerator g, String name, PixelBox b) throws IOException {
        g.writeFieldName(name);
        g.writeArray(new int[] {b.x(), b.y(), b.w(), b.h()}, 0, 4);
    }

    /** Writes {@code {"size": [h, w], "counts": "..."}} as the current value. */
    static void writeRle(JsonGenerator g, Rle rle) throws IOException {
        g.writeStartObject();
        g.writeFieldName("size");
        g.writeArray(new int[] {rle.height(), rle.width()}, 0, 2);
        g.writeStringField("counts", rle.counts());
        g.writeEndObject();
    }

    private static void writePolygons(JsonGenerator g, List<Ring> rings) throws IOException {
        g.writeStartArray();
        for (Ring r : rings) {
            int[] xy = r.xy();
            g.writeArray(xy, 0, xy.length);
        }
        g.writeEndArray();
    }

    private static void writeCategory(JsonGenerator g, CocoCategory c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("supercategory", c.supercategory());
        if (!c.keypoints().isEmpty()) {
            g.writeArrayFieldStart("keypoints");
            for (String k : c.keypoints()) g.writeString(k);
            g.writeEndArray();
            g.writeArrayFieldStart("skeleton");
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
