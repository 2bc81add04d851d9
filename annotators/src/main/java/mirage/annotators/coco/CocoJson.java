package mirage.annotators.coco;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import mirage.annotators.contour.Ring;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/** How one COCO annotation and one category are written (the layout {@link CocoWriter} documents). */
final class CocoJson {
    private CocoJson() {}

    static void annotation(JsonGenerator g, CocoAnnotation a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.id());
        g.writeNumberField("image_id", a.imageId());
        g.writeNumberField("category_id", a.categoryId());
        g.writeFieldName("segmentation");
        if (a.polygons() == null) rle(g, a.segmentation());
        else polygons(g, a.polygons());
        g.writeNumberField("area", a.area());
        box(g, "bbox", a.bbox());
        g.writeNumberField("iscrowd", 0);
        if (a.extras() != null) CocoExtrasJson.write(g, a.extras());
        g.writeEndObject();
    }

    static void category(JsonGenerator g, CocoCategory c) throws IOException {
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

    static void box(JsonGenerator g, String name, PixelBox b) throws IOException {
        g.writeFieldName(name);
        g.writeArray(new int[] {b.x(), b.y(), b.w(), b.h()}, 0, 4);
    }

    /** Writes {@code {"size": [h, w], "counts": "..."}} as the current value. */
    static void rle(JsonGenerator g, Rle rle) throws IOException {
        g.writeStartObject();
        g.writeFieldName("size");
        g.writeArray(new int[] {rle.height(), rle.width()}, 0, 2);
        g.writeStringField("counts", rle.counts());
        g.writeEndObject();
    }

    private static void polygons(JsonGenerator g, List<Ring> rings) throws IOException {
        g.writeStartArray();
        for (Ring r : rings) {
            int[] xy = r.xy();
            g.writeArray(xy, 0, xy.length);
        }
        g.writeEndArray();
    }
}
