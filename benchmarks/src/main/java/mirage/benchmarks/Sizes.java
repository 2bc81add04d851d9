package mirage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import mirage.annotators.depth.DepthPng;
import mirage.dataset.codec.PngWriter;

/**
 * Prints the encoded sizes of the benchmark inputs (not a benchmark) and checks that the own writer's RGB PNG
 * decodes to the same pixels as the ImageIO baseline's input:
 * {@code java -cp benchmarks/target/benchmarks.jar mirage.benchmarks.Sizes}.
 */
public final class Sizes {
    private Sizes() {}

    public static void main(String[] args) throws IOException {
        ImageIO.setUseCache(false);
        System.out.println("| size | encoder | RGB | ids (16-bit) | depth (16-bit) |");
        System.out.println("|---|---|---|---|---|");
        for (String size : new String[] {"640x480", "1920x1080"}) {
            Frames f = Frames.of(size);
            DepthPng.Encoded d = DepthPng.encode(f.depth.metres(), f.width, f.height, 1.0, DepthPng.OverflowPolicy.ERROR);
            for (int level : new int[] {1, 6}) {
                try (PngWriter png = new PngWriter(level)) {
                    Sink rgb = new Sink(), ids = new Sink(), depth = new Sink();
                    png.writeRgb(f.rgba, rgb);
                    png.writeGray16(f.width, f.height, f.ids.ids(), ids);
                    png.writeGray16(d.width(), d.height(), d.units(), depth);
                    check(f, rgb);
                    System.out.printf("| %s | own, level %d | %s | %s | %s |%n", size, level, kb(rgb.size()), kb(ids.size()),
                            kb(depth.size()));
                }
            }
            Sink io = new Sink();
            ImageIO.write(ImageIoPng.toBufferedImage(f), "png", io);
            System.out.printf("| %s | ImageIO default | %s | | |%n", size, kb(io.size()));
        }
    }

    private static void check(Frames f, Sink png) {
        try {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(png.bytes(), 0, png.size()));
            for (int y = 0; y < f.height; y++) {
                for (int x = 0; x < f.width; x++) {
                    if ((back.getRGB(x, y) & 0xffffff) != f.rgba.rgb(x, y)) throw new AssertionError("pixel " + x + "," + y);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kb(int bytes) {
        return String.format("%.0f KB", bytes / 1000.0);
    }
}
