package mirage.annotators.coco;

import static mirage.annotators.coco.JsonFields.array;
import static mirage.annotators.coco.JsonFields.field;
import static mirage.annotators.coco.JsonFields.int32;
import static mirage.annotators.coco.JsonFields.integer;
import static mirage.annotators.coco.JsonFields.ints;
import static mirage.annotators.coco.JsonFields.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;

/**
 * Reads a COCO instances file of the shape {@link CocoWriter} writes back into records, including Mirage's extra
 * keys ({@link CocoExtras}, read when {@code bbox_amodal} is present) and category keypoint names. Unknown fields
 * are ignored; missing or mistyped fields, duplicate keys, polygon segmentations (read those with any COCO
 * tool), {@code iscrowd != 0}, and RLEs that fail {@link CocoRle#counts(Rle)} are rejected with a
 * {@link CocoFormatException} naming the JSON path.
 * Cross-record invariants are not checked here: use {@link CocoValidator}.
 */
public final class CocoReader {
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public CocoDataset read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads the dataset from {@code in}; the stream is not closed. */
    public CocoDataset read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CocoFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) throw new CocoFormatException("empty input");
        JsonNode info = field(root, "info", "$");
        CocoInfo cocoInfo = new CocoInfo(text(info, "description", "$.info"), text(info, "version", "$.info"));
        List<CocoImage> images = new ArrayList<>();
        for (Element e : elements(root, "images")) images.add(image(e.node(), e.path()));
        List<CocoAnnotation> annotations = new ArrayList<>();
        for (Element e : elements(root, "annotations")) annotations.add(annotation(e.node(), e.path()));
        List<CocoCategory> categories = new ArrayList<>();
        for (Element e : elements(root, "categories")) categories.add(category(e.node(), e.path()));
        return new CocoDataset(cocoInfo, images, annotations, categories);
    }

    private record Element(JsonNode node, String path) {
    }

    private static List<Element> elements(JsonNode root, String name) throws CocoFormatException {
        JsonNode arr = array(root, name, "$");
        List<Element> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) out.add(new Element(arr.get(i), "$." + name + "[" + i + "]"));
        return out;
    }

    private static CocoImage image(JsonNode n, String path) throws CocoFormatException {
        return new CocoImage(integer(n, "id", path), text(n, "file_name", path), int32(n, "width", path),
                int32(n, "height", path));
    }

    private static CocoCategory category(JsonNode n, String path) throws CocoFormatException {
        List<String> keypoints = new ArrayList<>();
        JsonNode kps = n.get("keypoints");
        if (kps != null && !kps.isNull()) {
            if (!kps.isArray()) throw new CocoFormatException(path + ".keypoints: expected an array of names");
            for (int i = 0; i < kps.size(); i++) {
                if (!kps.get(i).isTextual()) throw new CocoFormatException(path + ".keypoints[" + i + "]: not a name");
                keypoints.add(kps.get(i).textValue());
            }
        }
        return new CocoCategory(int32(n, "id", path), text(n, "name", path), text(n, "supercategory", path),
                keypoints);
    }

    private static CocoAnnotation annotation(JsonNode n, String path) throws CocoFormatException {
        long iscrowd = integer(n, "iscrowd", path);
        if (iscrowd != 0) throw new CocoFormatException(path + ".iscrowd: " + iscrowd + ", only 0 is supported");
        int[] b = ints(n, "bbox", path, 4);
        PixelBox bbox;
        try {
            bbox = new PixelBox(b[0], b[1], b[2], b[3]);
        } catch (IllegalArgumentException e) {
            throw new CocoFormatException(path + ".bbox: " + e.getMessage(), e);
        }
        return new CocoAnnotation(integer(n, "id", path), integer(n, "image_id", path),
                int32(n, "category_id", path), bbox, integer(n, "area", path),
                rle(field(n, "segmentation", path), path + ".segmentation"), null, CocoExtrasJson.read(n, path));
    }

    /** A compressed RLE object at {@code segPath}, checked with {@link CocoRle#counts(Rle)}. */
    static Rle rle(JsonNode seg, String segPath) throws CocoFormatException {
        if (!seg.isObject()) throw new CocoFormatException(segPath + ": expected a compressed RLE object");
        int[] size = ints(seg, "size", segPath, 2);
        JsonNode counts = field(seg, "counts", segPath);
        if (!counts.isTextual()) throw new CocoFormatException(segPath + ".counts: expected a compressed RLE string");
        try {
            Rle rle = new Rle(size[0], size[1], counts.textValue());
            CocoRle.counts(rle);
            return rle;
        } catch (IllegalArgumentException e) {
            throw new CocoFormatException(segPath + ": " + e.getMessage(), e);
        }
    }
}
