package mirage.annotators.labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code frames/NNNNNN.json}, the per-frame label file. Keys are snake_case; matrices are
 * row-major nested arrays ({@code [[m00, m01, m02, m03], ...]}); nullable values are written as JSON null. Layout:
 * <pre>
 * { "frame", "image_id", "file_name", "split" (only in a dataset with splits),
 *   "camera": { "width", "height", "fx", "fy", "cx", "cy", "near", "far", "convention": "opencv",
 *               "world_to_camera": 4x4 },
 *   "instances": [ { "index", "annotation_id", "category", "category_id", "asset",
 *                    "model_to_world": 4x4, "model_to_camera": 4x4, "rotation": 3x3, "translation": [3],
 *                    "scale": [3], "size": [3], "visible_pixels", "amodal_pixels",
 *                    "visible_box": [x, y, w, h], "amodal_box": [x, y, w, h], "projected_box": [4 numbers],
 *                    "visibility", "truncation", "ignore": bool,
 *                    "visible_mask": {"size": [h, w], "counts": "..."}, "amodal_mask": RLE,
 *                    "box3d_camera": 8x3, "box3d_image": 8x2,
 *                    "keypoints": [ { "name", "u", "v", "depth", "visibility": "outside|occluded|visible" } ] } ],
 *   "scene": { ...provenance, passed through... } }
 * </pre>
 * Writing is deterministic (see {@link JsonMappers}); a written file reads back to an equal {@link FrameLabel}
 * (doubles are exact). Reading rejects unknown keys, wrong types and anything the records reject, with the file
 * and JSON path in the message. Numbers inside {@code scene} read back as Jackson reads them (doubles, ints).
 */
public final class FrameLabelJson {
    /** The value of {@code camera.convention}. */
    public static final String CONVENTION = "opencv";

    private FrameLabelJson() {
    }

    /** Writes the frame as pretty-printed UTF-8 JSON ending with a newline; {@code out} is flushed, not closed. */
    public static void write(FrameLabel frame, OutputStream out) throws IOException {
        JsonMappers.prettyWriter().writeValue(out, FrameJsonWriter.tree(frame));
        out.write('\n');
        out.flush();
    }

    /** The bytes {@link #write} produces. */
    public static byte[] toBytes(FrameLabel frame) {
        var buffer = new java.io.ByteArrayOutputStream();
        try {
            write(frame, buffer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static FrameLabel read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new LabelFormatException(file + ": no such file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static FrameLabel read(InputStream in) throws IOException {
        return read(in, "<stream>");
    }

    /** Reads one frame; {@code source} names the input in error messages. The stream is not closed. */
    public static FrameLabel read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JsonMappers.reader().readTree(in);
        } catch (JsonProcessingException e) {
            throw new LabelFormatException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) throw new LabelFormatException(source + ": empty file");
        try {
            return FrameJsonReader.frame(root);
        } catch (LabelFormatException e) {
            throw new LabelFormatException(source + ": " + e.getMessage(), e);
        }
    }

    /** The record's {@code camera} object for {@code camera}, as {@link #write} writes it. */
    public static com.fasterxml.jackson.databind.node.ObjectNode camera(CameraLabel camera) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        CameraLabelJson.write(camera, node);
        return node;
    }

    /** A row-major matrix as rows of {@code cols} numbers, the layout of every matrix in a frame record. */
    public static com.fasterxml.jackson.databind.node.ArrayNode rows(double[] values, int cols) {
        return JsonOut.rows(values, cols);
    }
}
