package mirage.assets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever point a PNG or JPEG is cut at before its end (a PNG before its IEND chunk, a JPEG anywhere before its last
 * byte), {@link ImageFiles#check}, {@link ImageFiles#read} and {@link ImageFiles#decode} refuse it with one
 * {@link AssetException} naming the file; none returns an image with made-up rows.
 *
 * <p>jqwik prints the seed; replay with {@code @Property(seed = "...")} and run this class alone.
 */
class TruncatedImageFuzzTest {
    private static Path dir;

    /** A whole image and the length it is cut to. */
    record Cut(String format, byte[] whole, int length) {
        @Override public String toString() {
            return format + " of " + whole.length + " bytes cut to " + length;
        }
    }

    @BeforeContainer static void setUp() throws IOException {
        dir = Files.createTempDirectory("mirage-truncated");
    }

    @AfterContainer static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(dir);
    }

    @Property(tries = 150)
    void anImageCutShortIsRefused(@ForAll("cuts") Cut cut) throws IOException {
        byte[] part = Arrays.copyOf(cut.whole(), cut.length());
        Path f = Files.write(dir.resolve("cut." + cut.format()), part);
        for (String m : new String[] {
                assertThrows(AssetException.class, () -> ImageFiles.check(f), cut::toString).getMessage(),
                assertThrows(AssetException.class, () -> ImageFiles.read(f), cut::toString).getMessage()})
            assertTrue(m.startsWith(f + ": ") && refusal(m), cut + ": " + m);
        String m = assertThrows(AssetException.class, () -> ImageFiles.decode(part, f, "embedded-0"), cut::toString).getMessage();
        assertTrue(m.startsWith(f + ": embedded-0: ") && refusal(m), cut + ": " + m);
    }

    private static boolean refusal(String message) {
        return message.contains(": is truncated") || message.contains(": is corrupt")
                || message.contains(": is not a PNG or JPEG image");
    }

    @Provide Arbitrary<Cut> cuts() {
        return Combinators.combine(Arbitraries.of("png", "jpg"), Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, 40), Arbitraries.longs(), Arbitraries.doubles().between(0, 1)).as((format, w, h, seed, where) -> {
                    byte[] whole = TestImages.encode(noise(w, h, seed), format);
                    int end = format.equals("png") ? whole.length - 12 : whole.length - 1;   // a PNG's last 12 bytes are IEND
                    return new Cut(format, whole, (int) Math.min(end, Math.floor(where * (end + 1))));
                });
    }

    private static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt());
        return img;
    }
}
