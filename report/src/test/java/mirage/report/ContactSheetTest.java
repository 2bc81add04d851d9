package mirage.report;

import static mirage.report.SyntheticDataset.H;
import static mirage.report.SyntheticDataset.W;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import mirage.core.image.Images;
import mirage.core.error.MirageException;
import mirage.core.image.RgbaImage;
import mirage.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void dataset() throws IOException {
        root = SyntheticDataset.write(tmp.resolve("ds"));
    }

    RgbaImage sheet(List<Integer> frames, int columns, int tileWidth, boolean labels) {
        return ContactSheet.compose(DatasetReader.open(root), frames, new ContactSheet.Options(columns, tileWidth, labels));
    }

    /** Sheet pixel of tile k's pixel (x, y) for a grid of {@code cols} columns and cells of the given size. */
    static int tilePixel(RgbaImage sheet, int k, int cols, int tileW, int cellH, int x, int y) {
        int g = ContactSheet.GAP;
        return sheet.rgb(g + (k % cols) * (tileW + g) + x, g + (k / cols) * (cellH + g) + y);
    }

    /** The source halved by 2x2 block means, rounded half up: what an 8-pixel tile of a 16-pixel frame shows. */
    static int halved(RgbaImage src, int x, int y) {
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int sum = Images.at(src, 2 * x, 2 * y, c) + Images.at(src, 2 * x + 1, 2 * y, c)
                    + Images.at(src, 2 * x, 2 * y + 1, c) + Images.at(src, 2 * x + 1, 2 * y + 1, c);
            rgb = rgb << 8 | (sum + 2) / 4;
        }
        return rgb;
    }

    static RgbaImage decodedJpeg(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        RgbaImage out = Images.flat(img.getWidth(), img.getHeight(), 0, 0, 0, 255);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                Images.set(out, x, y, rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
            }
        }
        return out;
    }

    @Test
    void sheetHasTheGridSize() {
        RgbaImage s = sheet(List.of(0, 1, 2), 2, 8, true);
        int g = ContactSheet.GAP;
        assertEquals(ContactSheet.tileHeight(8, W, H), 6);
        assertEquals(2 * 8 + 3 * g, s.width());
        assertEquals(2 * 6 + 3 * g, s.height());
        assertEquals(ContactSheet.BACKGROUND, s.rgb(0, 0));
        assertEquals(ContactSheet.BACKGROUND, s.rgb(g + 8, g + 3), "gap between columns");
        assertEquals(ContactSheet.BACKGROUND, s.rgb(2 * g + 8 + 3, 2 * g + 6 + 2), "the fourth cell is empty");
        RgbaImage wide = sheet(List.of(0, 1, 2), 5, 10, false);
        assertEquals(3 * 10 + 4 * g, wide.width(), "no more columns than frames");
        assertEquals(ContactSheet.tileHeight(10, W, H) + 2 * g, wide.height());
        assertEquals(8, ContactSheet.tileHeight(10, W, H), "10 * 12 / 16 = 7.5 rounds to 8");
    }

    @Test
    void pixelsAwayFromLabelsAreTheScaledImage() throws IOException {
        RgbaImage s = sheet(List.of(0, 1, 2), 2, 8, true);
        RgbaImage jpeg = decodedJpeg(root.resolve("images/000002.jpg"));
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                boolean nearDiamond = x >= 2 && x <= 5 && y >= 1 && y <= 4;      // its box in tile pixels
                boolean nearRectangle = x >= 4 && x <= 6 && y >= 3 && y <= 4;
                if (!nearDiamond) assertEquals(halved(SyntheticDataset.image(0), x, y), tilePixel(s, 0, 2, 8, 6, x, y), "tile 0 (" + x + ", " + y + ")");
                if (!nearRectangle) assertEquals(halved(SyntheticDataset.image(1), x, y), tilePixel(s, 1, 2, 8, 6, x, y), "tile 1 (" + x + ", " + y + ")");
                assertEquals(halved(jpeg, x, y), tilePixel(s, 2, 2, 8, 6, x, y), "JPEG tile (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void boxOutlinesHaveTheCategoryColour() {
        RgbaImage s = sheet(List.of(0, 1, 2), 2, 8, true);
        int ball = CategoryPalette.rgb(2);
        int cube = CategoryPalette.rgb(1);
        assertNotEquals(ball, cube);
        // Diamond box: columns 4..10, rows 2..8 of the frame -> tile columns floor(4/2)..ceil(11/2)-1 = 2..5, rows 1..4.
        for (int[] p : new int[][] {{2, 1}, {5, 1}, {2, 4}, {5, 4}, {3, 1}, {2, 3}})
            assertEquals(ball, tilePixel(s, 0, 2, 8, 6, p[0], p[1]), "diamond outline at " + p[0] + ", " + p[1]);
        // Rectangle box: columns 9..12, rows 6..8 -> tile columns 4..6, rows 3..4.
        for (int[] p : new int[][] {{4, 3}, {6, 3}, {4, 4}, {6, 4}, {5, 3}})
            assertEquals(cube, tilePixel(s, 1, 2, 8, 6, p[0], p[1]), "rectangle outline at " + p[0] + ", " + p[1]);
    }

    @Test
    void maskBoundaryIsTintedAndTheInsideLeftAlone() {
        RgbaImage s = sheet(List.of(0), 1, W, true);    // tile at full size: tile pixels are frame pixels
        RgbaImage src = SyntheticDataset.image(0);
        int ball = CategoryPalette.rgb(2);
        int tinted = 0;
        for (int c = 0; c < 3; c++) tinted = tinted << 8 | (Images.at(src, 5, 4, c) + (ball >> (16 - 8 * c) & 0xff) + 1) / 2;
        assertTrue(SyntheticDataset.diamond(5, 4) && !SyntheticDataset.diamond(4, 4), "(5, 4) is on the boundary");
        assertEquals(tinted, tilePixel(s, 0, 1, W, H, 5, 4), "boundary, inside the box outline");
        assertEquals(src.rgb(7, 5), tilePixel(s, 0, 1, W, H, 7, 5), "inside the diamond");
        assertEquals(src.rgb(5, 3), tilePixel(s, 0, 1, W, H, 5, 3), "outside the diamond, inside its box");
        assertEquals(ball, tilePixel(s, 0, 1, W, H, 4, 5), "the diamond's left tip is on the box outline");
    }

    @Test
    void withoutLabelsEveryTilePixelIsTheScaledImage() {
        RgbaImage s = sheet(List.of(1, 0), 2, 8, false);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(halved(SyntheticDataset.image(1), x, y), tilePixel(s, 0, 2, 8, 6, x, y));
                assertEquals(halved(SyntheticDataset.image(0), x, y), tilePixel(s, 1, 2, 8, 6, x, y));
            }
        }
    }

    @Test
    void writesAPng() throws IOException {
        RgbaImage s = sheet(List.of(0, 1, 2), 3, 8, true);
        Path out = tmp.resolve("sheet.png");
        ContactSheet.write(s, out);
        BufferedImage back = ImageIO.read(out.toFile());
        assertEquals(s.width(), back.getWidth());
        assertEquals(s.rgb(8, 6), back.getRGB(8, 6) & 0xffffff);
    }

    String error(Runnable r) {
        return assertThrows(MirageException.class, r::run).getMessage();
    }

    @Test
    void badInputIsOneClearError() throws IOException {
        assertTrue(error(() -> DatasetReader.open(tmp.resolve("nope"))).contains("no such dataset folder"));
        Files.createDirectories(tmp.resolve("empty"));
        assertTrue(error(() -> DatasetReader.open(tmp.resolve("empty"))).contains("no frames/ folder"));
        assertTrue(error(() -> sheet(List.of(0, 7), 2, 8, true)).contains("000007.json: no such frame record"));
        assertTrue(error(() -> sheet(List.of(), 2, 8, true)).contains("no frames"));
        assertTrue(error(() -> new ContactSheet.Options(0, 8, true)).contains("columns"));
        assertTrue(error(() -> new ContactSheet.Options(2, 100_000, true)).contains("tile width"));
        assertTrue(error(() -> sheet(List.of(0, 1, 2, 0, 1, 2), 6, 4096, false)).contains("more than"));

        Files.delete(root.resolve("masks/instance/000001.png"));
        assertTrue(error(() -> sheet(List.of(1), 2, 8, true)).contains("000001.png: no such file"));
        sheet(List.of(1), 2, 8, false);     // no mask needed without labels
        Files.delete(root.resolve("images/000001.png"));
        assertTrue(error(() -> sheet(List.of(1), 2, 8, false)).contains("images/000001.png: no such file"));
        Files.writeString(root.resolve("images/000000.png"), "not an image");
        assertTrue(error(() -> sheet(List.of(0), 2, 8, false)).contains("000000.png: not a PNG or JPEG image"));
        Files.copy(root.resolve("masks/instance/000000.png"), root.resolve("images/000002.jpg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        sheet(List.of(2), 2, 8, false);     // a grey image of the right size is still an image
        Files.writeString(root.resolve("frames/000002.json"), "{}");
        assertTrue(error(() -> sheet(List.of(2), 2, 8, false)).contains("000002.json"));
    }

    @Test
    void anImageOfAnotherSizeIsRefused() throws IOException {
        try (var png = new mirage.dataset.codec.PngWriter(); var out = Files.newOutputStream(root.resolve("images/000001.png"))) {
            png.writeRgb(Images.flat(10, 10, 1, 2, 3, 255), out);
        }
        assertTrue(error(() -> sheet(List.of(1), 2, 8, false)).contains("is 10x10 but frame 1 is 16x12"));
    }

    @Test
    void listsTheFramesPresent() throws IOException {
        Files.writeString(root.resolve("frames/notes.json"), "{}");
        assertEquals(List.of(0, 1, 2), DatasetReader.open(root).frames());
    }

    @Test
    void spreadsACountEvenly() {
        List<Integer> frames = IntStream.range(0, 100).map(i -> 2 * i).boxed().toList();
        assertEquals(List.of(0, 50, 100, 150), ContactSheet.spread(frames, 4));   // indices 0, 25, 50, 75
        assertEquals(frames, ContactSheet.spread(frames, 100));
        assertEquals(List.of(3, 4), ContactSheet.spread(List.of(3, 4), 12));
        assertEquals(List.of(3), ContactSheet.spread(List.of(3, 4, 5), 1));
        assertThrows(MirageException.class, () -> ContactSheet.spread(frames, 0));
    }
}
