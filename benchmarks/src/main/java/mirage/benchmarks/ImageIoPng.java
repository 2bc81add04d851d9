package mirage.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Baseline for {@link PngEncode#writeRgb}: {@code ImageIO.write(img, "png", out)} of the same RGB pixels (JDK
 * writer, its default deflate level 4, adaptive filter per row) into the same kind of sink. The
 * {@code TYPE_3BYTE_BGR} image is built once in setup, so the RGBA-to-BufferedImage copy is not timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImageIoPng {
    @Param({"640x480", "1920x1080"})
    public String size;

    private BufferedImage image;
    private final Sink sink = new Sink();

    @Setup
    public void setUp() {
        ImageIO.setUseCache(false);               // otherwise ImageIO buffers streams through a temp file
        image = toBufferedImage(Frames.of(size));
    }

    static BufferedImage toBufferedImage(Frames frame) {
        BufferedImage img = new BufferedImage(frame.width, frame.height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] rgba = frame.rgba.rgba();
        int[] row = new int[frame.width];
        for (int y = 0; y < frame.height; y++) {
            for (int x = 0; x < frame.width; x++) row[x] = frame.rgba.rgb(x, y);
            img.setRGB(0, y, frame.width, 1, row, 0, frame.width);
        }
        return img;
    }

    @Benchmark
    public int imageIoWriteRgb() throws IOException {
        sink.reset();
        if (!ImageIO.write(image, "png", sink)) throw new IllegalStateException("no PNG writer");
        return sink.size();
    }
}
