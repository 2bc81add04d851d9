package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the number of images a spec names: {@code validate} and a two-frame {@code render} of a
 * spec whose background folder holds 1,000 photos of 1920x1080 (8 MiB each decoded; the copies of one JPEG, each a
 * file of its own) run in a JVM limited to 512 MiB of heap, as do 30 small PNGs each declaring 8000x8000 (256 MiB
 * each decoded). Before images were checked from their headers and decoded lazily into a bounded cache, both ended
 * in OutOfMemoryError.
 */
class ImageFolderMemoryTest {
    @TempDir Path tmp;

    @Test
    void aThousandFullHdPhotosValidateAndRenderIn512MiB() throws Exception {
        Path photos = copies(tmp.resolve("spec/photos"), "photo-%04d.jpg", jpeg(1920, 1080), 1000);
        Path spec = spec(photos);
        assertRunsIn512MiB("validate", spec.toString(), "--allow-root", TinyScene.ASSETS.toString());
        assertRunsIn512MiB("render", spec.toString(), "--out", tmp.resolve("out").toString(), "--no-progress",
                "--allow-root", TinyScene.ASSETS.toString());
    }

    @Test
    void thirtyPngsDeclaring8000SquareValidateIn512MiB() throws Exception {
        Path bombs = copies(tmp.resolve("spec/bombs"), "big-%02d.png", greyPng(8000, 8000), 30);
        assertRunsIn512MiB("validate", spec(bombs).toString(), "--allow-root", TinyScene.ASSETS.toString());
    }

    private Path spec(Path backgrounds) {
        return TinyScene.write(tmp.resolve("spec"), TinyScene.yaml("frames: 2", "")
                .replace("image: {width: 80, height: 60}", "image: {width: 16, height: 12}")
                .replace("background: {image_folder: " + TinyScene.ASSETS + "/backgrounds}", "background: {image_folder: " + backgrounds + "}"));
    }

    private void assertRunsIn512MiB(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dmirage.home=" + CliRun.repo(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), args[0] + " with -Xmx512m: " + log);
        System.out.printf("%s with -Xmx512m: %.1f s%n", args[0], (System.nanoTime() - start) / 1e9);
    }

    private static Path copies(Path folder, String names, byte[] bytes, int n) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) Files.write(folder.resolve(String.format(names, i)), bytes);
        return folder;
    }

    /** A smooth gradient at low quality: a small file, a full-size decode. */
    private static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 128);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.2f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An 8-bit grey PNG of zeros: its IDAT deflates to a few tens of kilobytes. */
    private static byte[] greyPng(int w, int h) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        return png.toByteArray();
    }
}
