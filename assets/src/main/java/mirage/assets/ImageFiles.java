package mirage.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG and JPEG images (grey, grey+alpha, paletted, RGB, RGBA; 8 or 16 bits) into {@link TextureData}.
 * Stateless and thread-safe. Every failure is an {@link AssetException} naming the file.
 *
 * <p>Images are untrusted: the file size is checked before reading, and the width and height are read from the
 * header ({@link javax.imageio.ImageReader#getWidth}) and refused above {@link #MAX_SIDE} per side or
 * {@link #MAX_PIXELS} in all before a single pixel is decoded, so a small file declaring a huge image cannot exhaust
 * memory. Data that ends early (a JPEG without its end-of-image marker, a PNG without its IEND chunk) is refused
 * as truncated before decoding ({@link ImageEnd}), and again if the decoder reports it.
 */
public final class ImageFiles {
    /** Largest accepted width or height, in pixels. */
    public static final int MAX_SIDE = 16384;
    /** Most pixels in one image (8192 x 8192; 256 MiB as RGBA8). */
    public static final long MAX_PIXELS = 8192L * 8192;
    /** Largest accepted image file, bytes. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg");

    static {
        ImageIO.setUseCache(false); // decode in memory, never via temporary files
    }

    private ImageFiles() {
    }

    /**
     * Checks an image file without decoding its pixels: a readable regular file within the size limit, a PNG or
     * JPEG header within the pixel limits, and data that runs to its end. Reads the file once; keeps nothing.
     */
    public static ImageHeader check(Path file) {
        return decoded(file, ImageDecoder::header);
    }

    /** Decodes an image file, after the checks of {@link #check}; {@link TextureData#source()} is its absolute path. */
    public static TextureData read(Path file) {
        return decoded(file, ImageDecoder::pixels);
    }

    /** {@code use} applied to a decoder of the checked, complete file. */
    private static <T> T decoded(Path file, Function<ImageDecoder, T> use) {
        Path abs = readableFile(file);
        requireComplete(abs);
        try (ImageInputStream in = open(abs)) {
            return use.apply(new ImageDecoder(in, abs, "", abs.toString()));
        } catch (IOException e) {
            throw new AssetException(abs, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes PNG or JPEG bytes held inside another file (a texture embedded in a model), checked as {@link #read}
     * checks a file.
     *
     * @param owner the file the bytes came from; starts every error message
     * @param label names the bytes within {@code owner}, e.g. {@code "embedded-0"}: the result's source is
     *              {@code owner + "#" + label}, errors read {@code "<owner>: <label>: <problem>"}
     */
    public static TextureData decode(byte[] encoded, Path owner, String label) {
        if (encoded.length > MAX_FILE_BYTES)
            throw new AssetException(owner, label + ": is " + encoded.length + " bytes, more than the limit of " + MAX_FILE_BYTES);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            String ended = ImageEnd.problem(new ByteArrayInputStream(encoded), encoded.length);
            if (ended != null) throw new AssetException(owner, label + ": " + ended);
            return new ImageDecoder(in, owner, label + ": ", owner + "#" + label).pixels();
        } catch (IOException e) {
            throw new AssetException(owner, label + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The .png, .jpg and .jpeg files directly in {@code folder} (case-insensitive extensions, not recursive), as
     * absolute paths sorted by file name so that the order is the same on every machine.
     */
    public static List<Path> list(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) throw new AssetException(abs, "is not an existing folder");
        List<Path> images = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(abs)) {
            for (Path p : entries)
                if (Files.isRegularFile(p) && isImageName(p)) images.add(p);
        } catch (IOException e) {
            throw new AssetException(abs, "cannot be listed: " + e.getMessage(), e);
        }
        if (images.isEmpty()) throw new AssetException(abs, "contains no .png, .jpg or .jpeg images");
        images.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return List.copyOf(images);
    }

    /** The absolute file, checked to be a readable regular file within {@link #MAX_FILE_BYTES}. */
    private static Path readableFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) throw new AssetException(abs, Files.exists(abs) ? "is not a regular file" : "does not exist");
        if (!Files.isReadable(abs)) throw new AssetException(abs, "is not readable");
        long size = size(abs);
        if (size > MAX_FILE_BYTES) throw new AssetException(abs, "is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
        return abs;
    }

    private static void requireComplete(Path file) {
        String ended;
        try (InputStream in = Files.newInputStream(file)) {
            ended = ImageEnd.problem(in, size(file));
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (ended != null) throw new AssetException(file, ended);
    }

    private static ImageInputStream open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) throw new AssetException(file, "cannot be opened as an image");
        return in;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssetException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isImageName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
