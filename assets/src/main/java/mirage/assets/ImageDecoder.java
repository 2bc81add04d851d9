package mirage.assets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * One image through ImageIO: its header (size, refused above the limits of {@link ImageFiles} before any pixel is
 * decoded) or its pixels. A decoder warning that the data ended early (JPEG decoders fill the missing rows with grey
 * and only warn) fails the decode, as does running out of heap for the pixels. Every failure is an
 * {@link AssetException} naming the file.
 */
final class ImageDecoder {
    private final ImageInputStream in;
    private final Path file;
    private final String prefix;
    private final String source;

    /**
     * @param prefix put before each problem ("" for a file, "embedded-0: " for bytes inside {@code file})
     * @param source the result's {@link TextureData#source()}
     */
    ImageDecoder(ImageInputStream in, Path file, String prefix, String source) {
        this.in = in;
        this.file = file;
        this.prefix = prefix;
        this.source = source;
    }

    ImageHeader header() {
        ImageReader reader = reader();
        try {
            return new ImageHeader(reader.getWidth(0), reader.getHeight(0), source);
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        } finally {
            reader.dispose();
        }
    }

    TextureData pixels() {
        ImageReader reader = reader();
        List<String> endedEarly = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("premature end") || w.contains("truncated") || w.contains("missing eoi")) endedEarly.add(warning);
        });
        try {
            int w = reader.getWidth(0), h = reader.getHeight(0);
            BufferedImage image = reader.read(0);
            if (!endedEarly.isEmpty()) throw new AssetException(file, prefix + "is truncated: " + endedEarly.get(0));
            return new TextureData(w, h, Rgba8.of(image), source);
        } catch (OutOfMemoryError e) {
            throw new AssetException(file, prefix + "needs more memory to decode than the Java heap has free (raise -Xmx, "
                    + "e.g. MIRAGE_JAVA_OPTS=-Xmx8g)");
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        } finally {
            reader.dispose();
        }
    }

    /** A reader positioned on the image, its size checked against the limits. */
    private ImageReader reader() {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) throw new AssetException(file, prefix + "is not a PNG or JPEG image (no decoder recognises it)");
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            checkSize(reader.getWidth(0), reader.getHeight(0));
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.dispose();
            throw corrupt(e);
        }
    }

    private void checkSize(int w, int h) {
        if (w <= 0 || h <= 0 || w > ImageFiles.MAX_SIDE || h > ImageFiles.MAX_SIDE)
            throw new AssetException(file, prefix + "image size " + w + "x" + h + " is outside 1.." + ImageFiles.MAX_SIDE + " per side");
        if ((long) w * h > ImageFiles.MAX_PIXELS)
            throw new AssetException(file, prefix + "image size " + w + "x" + h + " is more than " + ImageFiles.MAX_PIXELS + " pixels");
    }

    private AssetException corrupt(Exception e) {
        if (e instanceof AssetException ae) return ae;
        String m = e.getMessage();
        return new AssetException(file, prefix + "is corrupt or unsupported: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m), e);
    }
}
