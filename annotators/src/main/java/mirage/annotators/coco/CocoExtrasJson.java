package mirage.annotators.coco;

import static mirage.annotators.coco.JsonFields.field;
import static mirage.annotators.coco.JsonFields.integer;
import static mirage.annotators.coco.JsonFields.ints;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/** Writes and reads the extra annotation keys of {@link CocoExtras}, in this order. */
final class CocoExtrasJson {
    /** The key whose presence marks an annotation as carrying the extras. */
    static final String MARKER = "bbox_amodal";

    private CocoExtrasJson() {
    }

    static void write(JsonGenerator g, CocoExtras e) throws IOException {
        CocoJson.box(g, "bbox_amodal", e.bboxAmodal());
        g.writeNumberField("area_amodal", e.areaAmodal());
        g.writeFieldName("bbox_projected");
        if (e.bboxProjected() == null) g.writeNull();
        else g.writeArray(e.bboxProjected(), 0, 4);
        g.writeNumberField("visibility", e.visibility());
        g.writeNumberField("truncation", e.truncation());
        g.writeFieldName("amodal_segmentation");
        if (e.amodalSegmentation() == null) g.writeNull();
        else CocoJson.rle(g, e.amodalSegmentation());
        g.writeNumberField("ignore", e.ignore() ? 1 : 0);
        g.writeObjectFieldStart("pose");
        g.writeFieldName("R");
        g.writeArray(e.pose().r(), 0, 9);
        g.writeFieldName("t");
        g.writeArray(e.pose().t(), 0, 3);
        g.writeFieldName("scale");
        g.writeArray(e.pose().scale(), 0, 3);
        g.writeEndObject();
        if (e.keypoints() != null) writeKeypoints(g, e);
    }

    private static void writeKeypoints(JsonGenerator g, CocoExtras e) throws IOException {
        double[] k = e.keypoints();
        g.writeArrayFieldStart("keypoints");
        for (int i = 0; i < k.length; i += 3) {
            g.writeNumber(k[i]);
            g.writeNumber(k[i + 1]);
            g.writeNumber((int) k[i + 2]);
        }
        g.writeEndArray();
        g.writeNumberField("num_keypoints", e.numKeypoints());
    }

    /** The extras of annotation {@code n}, or null when it has no {@link #MARKER} key. */
    static CocoExtras read(JsonNode n, String path) throws CocoFormatException {
        if (!n.has(MARKER)) return null;
        int[] b = ints(n, "bbox_amodal", path, 4);
        JsonNode pose = field(n, "pose", path);
        long ignore = integer(n, "ignore", path);
        if (ignore != 0 && ignore != 1) throw new CocoFormatException(path + ".ignore: expected 0 or 1, got " + ignore);
        try {
            return new CocoExtras(new PixelBox(b[0], b[1], b[2], b[3]), integer(n, "area_amodal", path),
                    numbersOrNull(n, "bbox_projected", path, 4), number(n, "visibility", path),
                    number(n, "truncation", path), rleOrNull(n, "amodal_segmentation", path),
                    ignore == 1,
                    new CocoPose(numbers(pose, "R", path + ".pose", 9), numbers(pose, "t", path + ".pose", 3),
                            numbers(pose, "scale", path + ".pose", 3)),
                    n.has("keypoints") ? numbers(n, "keypoints", path, -1) : null);
        } catch (IllegalArgumentException e) {
            throw new CocoFormatException(path + ": " + e.getMessage(), e);
        }
    }

    private static double number(JsonNode obj, String name, String path) throws CocoFormatException {
        JsonNode v = field(obj, name, path);
        if (!v.isNumber()) throw new CocoFormatException(path + "." + name + ": expected a number, got " + v);
        return v.doubleValue();
    }

    /** The array {@code obj.name} as doubles; {@code length < 0} accepts any length. */
    private static double[] numbers(JsonNode obj, String name, String path, int length) throws CocoFormatException {
        JsonNode a = field(obj, name, path);
        if (!a.isArray() || (length >= 0 && a.size() != length)) {
            throw new CocoFormatException(path + "." + name + ": expected an array of "
                    + (length >= 0 ? length + " " : "") + "numbers");
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) throw new CocoFormatException(path + "." + name + "[" + i + "]: not a number");
            out[i] = a.get(i).doubleValue();
        }
        return out;
    }

    private static double[] numbersOrNull(JsonNode obj, String name, String path, int length)
            throws CocoFormatException {
        JsonNode v = obj.get(name);
        return v == null || v.isNull() ? null : numbers(obj, name, path, length);
    }

    private static Rle rleOrNull(JsonNode obj, String name, String path) throws CocoFormatException {
        JsonNode v = obj.get(name);
        return v == null || v.isNull() ? null : CocoReader.rle(v, path + "." + name);
    }
}
