package mirage.assets.assimp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import mirage.assets.AssetException;

/**
 * The model formats Mirage lets Assimp open, chosen by file extension (case-insensitive), each with a cheap check
 * of the first bytes so that obviously wrong files never reach the native importer.
 */
enum ModelFormat {
    GLTF(".gltf"), GLB(".glb"), OBJ(".obj"), PLY(".ply"), STL(".stl"), FBX(".fbx");

    private static final byte[] FBX_BINARY_MAGIC = "Kaydara FBX Binary  \0".getBytes(StandardCharsets.ISO_8859_1);

    final String extension;

    ModelFormat(String extension) {
        this.extension = extension;
    }

    /** The format of {@code file} by its extension, or an AssetException listing the allowed extensions. */
    static ModelFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ModelFormat f : values())
            if (name.endsWith(f.extension)) return f;
        throw new AssetException(file, "unsupported model file extension; allowed: " + allowedExtensions());
    }

    static String allowedExtensions() {
        return Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(" "));
    }

    /**
     * Rejects a file whose first bytes cannot be this format.
     *
     * @param head the first bytes of the file (up to a few KiB)
     * @param size the file size in bytes
     */
    void checkHeader(Path file, byte[] head, long size) {
        switch (this) {
            case GLB -> checkGlb(file, head, size);
            case GLTF -> require(file, firstNonBlank(head) == '{', "is not glTF JSON (does not start with '{')");
            case PLY -> require(file, startsWith(head, "ply\n") || startsWith(head, "ply\r\n"), "is not a PLY file (no 'ply' header line)");
            case STL -> checkStl(file, head, size);
            case OBJ -> checkObj(file, head);
            case FBX -> require(file, startsWith(head, FBX_BINARY_MAGIC) || isText(head),
                    "is neither a binary FBX ('Kaydara FBX Binary' header) nor an ASCII FBX file");
        }
    }

    private static void checkGlb(Path file, byte[] head, long size) {
        require(file, head.length >= 12 && startsWith(head, "glTF"), "is not a GLB file (does not start with 'glTF')");
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int version = b.getInt(4);
        long declared = Integer.toUnsignedLong(b.getInt(8));
        require(file, version == 2, "is GLB version " + version + "; only glTF 2.0 is supported");
        require(file, declared <= size, "is truncated: GLB header declares " + declared + " bytes but the file has " + size);
    }

    /** Text; UTF-16 (which Assimp's OBJ importer reads no geometry from) is named as such. */
    private static void checkObj(Path file, byte[] head) {
        boolean utf16 = head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF);
        require(file, !utf16, "is UTF-16 text; Assimp reads OBJ files as UTF-8 (or ASCII) only: save it as UTF-8");
        require(file, isText(head), "is not a text OBJ file (binary bytes near the start)");
    }

    /** Binary STL: 80-byte header, uint32 count, 50 bytes per triangle, exactly. Otherwise ASCII "solid ...". */
    private static void checkStl(Path file, byte[] head, long size) {
        if (head.length >= 84) {
            long count = Integer.toUnsignedLong(ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(80));
            if (84 + 50 * count == size) return;
        }
        require(file, startsWith(head, "solid") && isText(head),
                "is neither a binary STL (84 + 50 bytes per triangle) nor an ASCII STL ('solid' ...)");
    }

    private static void require(Path file, boolean ok, String problem) {
        if (!ok) throw new AssetException(file, problem);
    }

    private static boolean startsWith(byte[] head, String prefix) {
        return startsWith(head, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** First byte that is not whitespace or part of a UTF-8 byte-order mark, or -1. */
    private static int firstNonBlank(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            int c = head[i] & 0xff;
            boolean bom = i < 3 && (c == 0xEF || c == 0xBB || c == 0xBF);
            if (!bom && c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
        }
        return -1;
    }

    /** No NUL and few control characters: text, in any ASCII-compatible encoding. */
    private static boolean isText(byte[] head) {
        int control = 0;
        for (byte value : head) {
            int c = value & 0xff;
            if (c == 0) return false;
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control * 100 <= head.length;
    }
}
