package mirage.annotators.coco;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a COCO instances file item by item, in memory that does not grow with the dataset: the info, then every
 * image, then every annotation, then the categories, in the layout of {@link CocoWriter} (which writes through
 * this class, so both give the same bytes). Items must come in id order: image ids and annotation ids strictly
 * increasing, as the file lists them. Each item is checked by {@link CocoValidator}'s rules as it comes;
 * uniqueness follows from the order, and an annotation's image must be the one it names and lie among the images
 * written (by id range). A failed check throws {@link IllegalStateException}, leaving a partial file: write to a
 * temporary file. Not thread-safe.
 */
public final class CocoStream {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private final OutputStream out;
    private final JsonGenerator g;
    private final List<CocoCategory> categories;
    private final Map<Integer, CocoCategory> categoryIds;
    private boolean inAnnotations;
    private long firstImage = -1;
    private long lastImage = -1;
    private long lastAnnotation;

    /** Starts the file on {@code out}, which is flushed but never closed. */
    public CocoStream(OutputStream out, CocoInfo info, List<CocoCategory> categories) throws IOException {
        this.out = out;
        this.categories = categories.stream().sorted(Comparator.comparingInt(CocoCategory::id)).toList();
        this.categoryIds = CocoValidator.checkCategories(this.categories);
        g = JSON.createGenerator(out);
        g.writeStartObject();
        g.writeObjectFieldStart("info");
        g.writeStringField("description", info.description());
        g.writeStringField("version", info.version());
        g.writeEndObject();
        g.writeArrayFieldStart("licenses");
        g.writeEndArray();
        g.writeArrayFieldStart("images");
    }

    public void image(CocoImage im) throws IOException {
        if (inAnnotations) throw new IllegalStateException("image " + im.id() + " after the annotations began");
        CocoValidator.checkImage(im);
        if (im.id() <= lastImage) CocoValidator.fail("image id " + im.id() + " does not follow " + lastImage);
        if (firstImage < 0) firstImage = im.id();
        lastImage = im.id();
        g.writeStartObject();
        g.writeNumberField("id", im.id());
        g.writeNumberField("width", im.width());
        g.writeNumberField("height", im.height());
        g.writeStringField("file_name", im.fileName());
        g.writeEndObject();
    }

    /** An annotation of {@code image}, an image written before. */
    public void annotation(CocoImage image, CocoAnnotation a) throws IOException {
        if (!inAnnotations) startAnnotations();
        if (a.imageId() != image.id() || image.id() < firstImage || image.id() > lastImage)
            CocoValidator.fail("annotation " + a.id() + ": image_id " + a.imageId() + " does not exist");
        if (a.id() <= lastAnnotation) CocoValidator.fail("annotation id " + a.id() + " does not follow " + lastAnnotation);
        CocoValidator.checkAnnotation(a, image, categoryIds);
        lastAnnotation = a.id();
        CocoJson.annotation(g, a);
    }

    /** Ends the file: the categories, the closing brace and a newline. */
    public void finish() throws IOException {
        if (!inAnnotations) startAnnotations();
        g.writeEndArray();
        g.writeArrayFieldStart("categories");
        for (CocoCategory c : categories) CocoJson.category(g, c);
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        out.flush();
    }

    private void startAnnotations() throws IOException {
        inAnnotations = true;
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
    }
}
