package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.labels.InstanceLabel;
import mirage.report.CategoryPalette;
import mirage.report.ContactSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mirage contact-sheet} on a small rendered dataset: the grid, the drawn boxes, and clean errors. */
class ContactSheetCommandTest {
    static final int W = 64;
    static final int H = 48;
    @TempDir
    static Path tmp;
    static Path dataset;

    @BeforeAll
    static void render() throws IOException {
        Path models = CliRun.defaultScene().getParent().resolve("assets/models");
        Path textures = Files.createDirectories(tmp.resolve("models/Textures"));
        Files.copy(models.resolve("coin.glb"), tmp.resolve("models/coin.glb"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(models.resolve("Textures/colormap.png"), textures.resolve("colormap.png"), StandardCopyOption.REPLACE_EXISTING);
        Path spec = tmp.resolve("scene.yaml");
        Files.writeString(spec, """
                seed: 5
                frames: 3
                image: {width: %d, height: %d}
                camera:
                  fov_deg: 45
                  orbit: {distance: 2}
                objects:
                  - asset: models/coin.glb
                    category: coin
                """.formatted(W, H));
        dataset = tmp.resolve("ds");
        CliRun r = CliRun.of("render", spec.toString(), "--out", dataset.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
    }

    static BufferedImage sheet(String... extra) throws IOException {
        Path out = tmp.resolve("sheet.png");
        Files.deleteIfExists(out);
        String[] args = new String[extra.length + 4];
        args[0] = "contact-sheet";
        args[1] = dataset.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return ImageIO.read(out.toFile());
    }

    @Test
    void drawsTheFramesInAGridWithTheirBoxes() throws IOException {
        BufferedImage sheet = sheet("--columns", "2", "--tile-width", String.valueOf(W));
        int g = ContactSheet.GAP;
        assertEquals(2 * W + 3 * g, sheet.getWidth());
        assertEquals(2 * H + 3 * g, sheet.getHeight(), "three frames in two columns make two rows");
        BufferedImage plain = sheet("--columns", "2", "--tile-width", String.valueOf(W), "--no-labels");
        int boxes = 0;
        for (int k = 0; k < 3; k++) {
            FrameLabel f = FrameLabelJson.read(dataset.resolve("frames").resolve(String.format("%06d.json", k)));
            BufferedImage image = ImageIO.read(dataset.resolve("images").resolve(f.fileName()).toFile());
            int x0 = g + (k % 2) * (W + g);
            int y0 = g + (k / 2) * (H + g);
            for (InstanceLabel inst : f.instances()) {
                if (!inst.annotated()) continue;
                boxes++;
                var box = inst.masks().visible().box();
                int x = x0 + box.x();     // tiles at full size: box pixels are tile pixels
                int y = y0 + box.y();
                assertEquals(CategoryPalette.rgb(inst.categoryId()), sheet.getRGB(x, y) & 0xffffff, "frame " + k + " box corner");
                assertEquals(image.getRGB(box.x(), box.y()) & 0xffffff, plain.getRGB(x, y) & 0xffffff,
                        "without labels the tile is the image");
            }
        }
        assertTrue(boxes > 0, "the coin is in view in some frame");
    }

    @Test
    void countSpreadsFramesAndDefaultsFit() throws IOException {
        BufferedImage two = sheet("--count", "2", "--tile-width", "32");
        assertEquals(2 * 32 + 3 * ContactSheet.GAP, two.getWidth());
        BufferedImage all = sheet();      // default: up to 12 frames, 4 columns, 320-pixel tiles
        assertEquals(3 * 320 + 4 * ContactSheet.GAP, all.getWidth());
        assertEquals(ContactSheet.tileHeight(320, W, H) + 2 * ContactSheet.GAP, all.getHeight());
    }

    /** Two datasets side by side: one row per frame, the first dataset's tile on the left; any frame missing is named. */
    @Test
    void severalDatasetsStandSideBySide() throws IOException {
        Path other = tmp.resolve("ds-other");
        Path spec = Files.writeString(tmp.resolve("other.yaml"), Files.readString(tmp.resolve("scene.yaml"))
                .replace("seed: 5", "seed: 6").replace("frames: 3", "frames: 2"));
        CliRun r = CliRun.of("render", spec.toString(), "--out", other.toString(), "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        Path out = tmp.resolve("pair.png");
        r = CliRun.of("contact-sheet", dataset.toString(), other.toString(), "--frames", "0-1", "--tile-width",
                String.valueOf(W), "--no-labels", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage sheet = ImageIO.read(out.toFile());
        int g = ContactSheet.GAP;
        assertEquals(2 * W + 3 * g, sheet.getWidth(), "two columns by default: one per dataset");
        assertEquals(2 * H + 3 * g, sheet.getHeight(), "one row per frame");
        int differing = 0;
        for (int f = 0; f < 2; f++)
            for (int d = 0; d < 2; d++) {
                BufferedImage image = ImageIO.read((d == 0 ? dataset : other).resolve("images/%06d.png".formatted(f)).toFile());
                for (int y = 0; y < H; y += 3)
                    for (int x = 0; x < W; x += 3) {
                        int tile = sheet.getRGB(g + d * (W + g) + x, g + f * (H + g) + y) & 0xffffff;
                        assertEquals(image.getRGB(x, y) & 0xffffff, tile, "frame " + f + " of dataset " + d + " at " + x + "," + y);
                        if (d == 1 && tile != (sheet.getRGB(g + x, g + f * (H + g) + y) & 0xffffff)) differing++;
                    }
            }
        assertTrue(differing > 0, "the two datasets' tiles differ");
        assertTrue(failing("contact-sheet", dataset.toString(), other.toString(), "--frames", "2").contains("000002.json: no such frame record"));
    }

    static String failing(String... args) {
        Path out = tmp.resolve("bad.png");
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--out";
        full[args.length + 1] = out.toString();
        CliRun r = CliRun.of(full);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("mirage: error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
        return r.err();
    }

    @Test
    void badInputIsOneClearError() throws IOException {
        String ds = dataset.toString();
        assertTrue(failing("contact-sheet", tmp.resolve("missing").toString()).contains("no such dataset folder"));
        assertTrue(failing("contact-sheet", tmp.resolve("models").toString()).contains("not a dataset folder"));
        assertTrue(failing("contact-sheet", ds, "--frames", "0-5").contains("000003.json: no such frame record"));
        assertTrue(failing("contact-sheet", ds, "--frames", "two").contains("--frames 'two'"));
        assertTrue(failing("contact-sheet", ds, "--frames", "0", "--count", "2").contains("not both"));
        assertTrue(failing("contact-sheet", ds, "--count", "0").contains("--count"));
        assertTrue(failing("contact-sheet", ds, "--tile-width", "0").contains("--tile-width"));
        assertTrue(failing("contact-sheet", ds, "--tile-width", "100000").contains("--tile-width"));
        assertTrue(failing("contact-sheet", ds, "--columns", "0").contains("--columns"));
        CliRun r = CliRun.of("contact-sheet", ds, "--out", tmp.resolve("no/such/dir/sheet.png").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("no such folder for --out"), r.err());

        Path broken = tmp.resolve("broken");
        copyTree(dataset, broken);
        Files.delete(broken.resolve("masks/instance/000001.png"));
        assertTrue(failing("contact-sheet", broken.toString()).contains("000001.png: no such file"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
    }
}
