package mirage.assets;

import static org.lwjgl.system.MemoryStack.stackPush;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lwjgl.PointerBuffer;
import org.lwjgl.stb.STBImage;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.libc.LibCStdlib;
import org.lwjgl.util.tinyexr.EXRHeader;
import org.lwjgl.util.tinyexr.EXRVersion;
import org.lwjgl.util.tinyexr.TinyEXR;

/**
 * Reads equirectangular environment maps: Radiance RGBE ({@code .hdr}, through stb_image's {@code stbi_loadf}) and
 * OpenEXR ({@code .exr}, single part, scanline or tiled, through tinyexr) into {@link HdrImage}. Stateless and
 * thread-safe. Every failure is an {@link AssetException} naming the file.
 *
 * <p>Maps are untrusted like other images: the file size, the format's magic bytes and the header's width and height
 * are checked before any pixel is decoded. A map must be 2:1 (width = 2 x height, the equirectangular layout), at
 * most {@link #MAX_WIDTH} x {@link #MAX_WIDTH}/2, and every decoded value a finite number &gt;= 0.
 */
public final class HdrFiles {
    /** Widest accepted map, pixels (4096 x 2048: 100 MB as float RGB); larger maps add nothing to image-based lighting. */
    public static final int MAX_WIDTH = 4096;
    /** Largest accepted map file, bytes. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    private static final byte[] EXR_MAGIC = {0x76, 0x2f, 0x31, 0x01};

    private HdrFiles() {}

    /** Checks a map without decoding its pixels: a readable file within the limits, its format, a 2:1 size within limits. */
    public static ImageHeader check(Path file) {
        Path abs = readable(file);
        return isExr(abs) ? exrHeader(abs) : hdrHeader(abs);
    }

    /** Decodes a map after the checks of {@link #check}; {@link HdrImage#source()} is its absolute path. */
    public static HdrImage read(Path file) {
        ImageHeader header = check(file);
        Path abs = Path.of(header.source());
        float[] rgb = isExr(abs) ? exrPixels(abs, header) : hdrPixels(abs, header);
        for (float v : rgb)
            if (!(v >= 0) || !Float.isFinite(v)) throw new AssetException(abs, "holds a negative, infinite or NaN value (" + v + ")");
        return new HdrImage(header.width(), header.height(), rgb, abs.toString());
    }

    private static Path readable(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) throw new AssetException(abs, Files.exists(abs) ? "is not a regular file" : "does not exist");
        if (!Files.isReadable(abs)) throw new AssetException(abs, "is not readable");
        String name = abs.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".hdr") && !name.endsWith(".exr"))
            throw new AssetException(abs, "is not a .hdr or .exr environment map");
        try {
            long size = Files.size(abs);
            if (size > MAX_FILE_BYTES) throw new AssetException(abs, "is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new AssetException(abs, "cannot be read: " + e.getMessage(), e);
        }
        return abs;
    }

    private static boolean isExr(Path abs) {
        return abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".exr");
    }

    private static byte[] head(Path abs, int n) {
        try (InputStream in = Files.newInputStream(abs)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new AssetException(abs, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ImageHeader sized(Path abs, int width, int height) {
        if (width < 2 || height < 1 || width != 2 * height)
            throw new AssetException(abs, "is " + width + "x" + height + "; an equirectangular map is twice as wide as high");
        if (width > MAX_WIDTH)
            throw new AssetException(abs, "is " + width + "x" + height + ", larger than the limit of " + MAX_WIDTH + "x"
                    + MAX_WIDTH / 2 + "; downscale it");
        return new ImageHeader(width, height, abs.toString());
    }

    private static ImageHeader hdrHeader(Path abs) {
        String magic = new String(head(abs, 10), StandardCharsets.ISO_8859_1);
        if (!magic.startsWith("#?RADIANCE") && !magic.startsWith("#?RGBE"))
            throw new AssetException(abs, "is not a Radiance .hdr file (no #?RADIANCE or #?RGBE signature)");
        try (MemoryStack stack = stackPush()) {
            IntBuffer w = stack.mallocInt(1), h = stack.mallocInt(1), c = stack.mallocInt(1);
            if (!STBImage.stbi_info(abs.toString(), w, h, c))
                throw new AssetException(abs, "has a broken Radiance header: " + STBImage.stbi_failure_reason());
            return sized(abs, w.get(0), h.get(0));
        }
    }

    private static float[] hdrPixels(Path abs, ImageHeader header) {
        float[] flat = flatRadiance(abs, header);
        if (flat != null) return flat;
        try (MemoryStack stack = stackPush()) {
            IntBuffer w = stack.mallocInt(1), h = stack.mallocInt(1), c = stack.mallocInt(1);
            FloatBuffer data = STBImage.stbi_loadf(abs.toString(), w, h, c, 3);
            if (data == null) throw new AssetException(abs, "cannot be decoded: " + STBImage.stbi_failure_reason());
            try {
                if (w.get(0) != header.width() || h.get(0) != header.height())
                    throw new AssetException(abs, "decoded to another size than its header says");
                float[] rgb = new float[3 * header.width() * header.height()];
                data.get(0, rgb);
                return rgb;
            } finally {
                STBImage.stbi_image_free(data);
            }
        }
    }

    /**
     * The pixels of a Radiance file whose scanlines are not run-length encoded (flat RGBE, 4 bytes a pixel), decoded
     * here: stb_image decodes only the first row of such files. Null for run-length encoded files (stb's part).
     */
    private static float[] flatRadiance(Path abs, ImageHeader header) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (IOException e) {
            throw new AssetException(abs, "cannot be read: " + e.getMessage(), e);
        }
        int blank = indexOf(bytes, new byte[] {'\n', '\n'}, 0);
        int start = blank < 0 ? -1 : indexOf(bytes, new byte[] {'\n'}, blank + 2) + 1;   // after the resolution line
        if (start <= 0) return null;   // stb reports the broken header
        int w = header.width(), h = header.height();
        boolean rle = w >= 8 && w < 32768 && start + 4 <= bytes.length && bytes[start] == 2 && bytes[start + 1] == 2
                && (bytes[start + 2] & 0x80) == 0;
        if (rle) return null;
        long need = 4L * w * h;
        if (bytes.length - start < need)
            throw new AssetException(abs, "cannot be decoded: the data ends after " + (bytes.length - start) + " of " + need + " bytes");
        float[] rgb = new float[3 * w * h];
        for (int i = 0; i < w * h; i++) {
            int o = start + 4 * i, e = bytes[o + 3] & 0xFF;
            if (e == 0) continue;
            float f = (float) Math.scalb(1.0, e - (128 + 8));
            for (int c = 0; c < 3; c++) rgb[3 * i + c] = (bytes[o + c] & 0xFF) * f;
        }
        return rgb;
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int k = 0; k < pattern.length; k++) if (bytes[i + k] != pattern[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static ImageHeader exrHeader(Path abs) {
        byte[] magic = head(abs, 4);
        if (!java.util.Arrays.equals(magic, EXR_MAGIC)) throw new AssetException(abs, "is not an OpenEXR file (wrong magic number)");
        try (MemoryStack stack = stackPush()) {
            EXRVersion version = EXRVersion.malloc(stack);
            int rc = TinyEXR.ParseEXRVersionFromFile(version, abs.toString());
            if (rc != TinyEXR.TINYEXR_SUCCESS) throw new AssetException(abs, "has a broken OpenEXR version field (tinyexr code " + rc + ")");
            if (version.multipart() || version.non_image())
                throw new AssetException(abs, "is a multi-part or deep OpenEXR file; give a single-part RGB(A) image");
            EXRHeader header = EXRHeader.malloc(stack);
            TinyEXR.InitEXRHeader(header);
            PointerBuffer err = stack.callocPointer(1);
            rc = TinyEXR.ParseEXRHeaderFromFile(header, version, abs.toString(), err);
            if (rc != TinyEXR.TINYEXR_SUCCESS) throw new AssetException(abs, "has a broken OpenEXR header: " + message(err, rc));
            try {
                var box = header.data_window();
                long width = (long) box.max_x() - box.min_x() + 1, height = (long) box.max_y() - box.min_y() + 1;
                if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE || width < 1 || height < 1)
                    throw new AssetException(abs, "has a data window of " + width + "x" + height);
                return sized(abs, (int) width, (int) height);
            } finally {
                TinyEXR.FreeEXRHeader(header);
            }
        }
    }

    private static float[] exrPixels(Path abs, ImageHeader header) {
        try (MemoryStack stack = stackPush()) {
            PointerBuffer out = stack.mallocPointer(1);
            IntBuffer w = stack.mallocInt(1), h = stack.mallocInt(1);
            PointerBuffer err = stack.callocPointer(1);
            // the first RGB(A) layer: the binding's checked overloads refuse a null layer name, the native call takes 0
            int rc = TinyEXR.nLoadEXRWithLayer(MemoryUtil.memAddress(out), MemoryUtil.memAddress(w), MemoryUtil.memAddress(h),
                    MemoryUtil.memAddress(stack.UTF8(abs.toString())), MemoryUtil.NULL, MemoryUtil.memAddress(err));
            if (rc != TinyEXR.TINYEXR_SUCCESS) throw new AssetException(abs, "cannot be decoded: " + message(err, rc));
            long pixels = out.get(0);
            try {
                if (w.get(0) != header.width() || h.get(0) != header.height())
                    throw new AssetException(abs, "decoded to another size than its header says");
                int n = header.width() * header.height();
                FloatBuffer rgba = MemoryUtil.memFloatBuffer(pixels, 4 * n);
                float[] rgb = new float[3 * n];
                for (int i = 0; i < n; i++) {
                    rgb[3 * i] = rgba.get(4 * i);
                    rgb[3 * i + 1] = rgba.get(4 * i + 1);
                    rgb[3 * i + 2] = rgba.get(4 * i + 2);
                }
                return rgb;
            } finally {
                LibCStdlib.nfree(pixels);
            }
        }
    }

    /** tinyexr's error message (freed here), or its code. */
    private static String message(PointerBuffer err, int rc) {
        long p = err.get(0);
        if (p == 0) return "tinyexr code " + rc;
        String text = MemoryUtil.memASCII(p);
        TinyEXR.nFreeEXRErrorMessage(p);
        return text;
    }
}
