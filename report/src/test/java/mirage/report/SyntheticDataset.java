package mirage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.Box3dLabel;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.labels.PoseLabel;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.rle.CocoRle;
import mirage.annotators.rle.Rle;
import mirage.core.image.IdImage;
import mirage.core.image.Images;
import mirage.core.image.RgbaImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.JpegWriter;
import mirage.dataset.codec.PngWriter;

/**
 * A tiny dataset written with the project's own writers: 16x12 frames whose image is a known pattern, with
 * instances given as masks. Frame 0 holds a diamond of category 2 (centre (7, 5), radius 3: box x 4, y 2, w 7, h 7);
 * frame 1 a 4x3 rectangle of category 1 at (9, 6); frame 2, written as JPEG, holds no instance.
 */
final class SyntheticDataset {
    static final int W = 16;
    static final int H = 12;
    private static final double[] IDENTITY = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};

    private SyntheticDataset() {
    }

    /** The source image of frame f: a pattern that differs per pixel and per frame. */
    static RgbaImage image(int f) {
        RgbaImage img = Images.flat(W, H, 0, 0, 0, 255);
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++) Images.set(img, x, y, 10 + x * 13 + f * 5, 20 + y * 17, (x * 7 + y * 11 + f * 40) % 256);
        return img;
    }

    static boolean diamond(int x, int y) {
        return Math.abs(x - 7) + Math.abs(y - 5) <= 3;
    }

    static boolean rectangle(int x, int y) {
        return x >= 9 && x < 13 && y >= 6 && y < 9;
    }

    /** Writes frames 0..2 under {@code root}; returns root. */
    static Path write(Path root) throws IOException {
        return write(root, 0);
    }

    /** Writes frames 0..2 under {@code root}, frame 1's instance truncated by {@code truncation1}; returns root. */
    static Path write(Path root, double truncation1) throws IOException {
        for (String dir : List.of("images", "masks/instance", "frames")) Files.createDirectories(root.resolve(dir));
        try (PngWriter png = new PngWriter()) {
            for (int f = 0; f < 3; f++) {
                int[] ids = new int[W * H];
                int category = f == 0 ? 2 : 1;
                for (int y = 0; y < H; y++)
                    for (int x = 0; x < W; x++) ids[y * W + x] = (f == 0 && diamond(x, y)) || (f == 1 && rectangle(x, y)) ? 1 : 0;
                String name = DatasetLayout.frameName(f, f == 2 ? "jpg" : "png");
                RgbaImage img = image(f);
                try (OutputStream out = Files.newOutputStream(root.resolve("images").resolve(name))) {
                    if (f == 2) JpegWriter.write(img, 90, out);
                    else png.writeRgb(img, out);
                }
                try (OutputStream out = Files.newOutputStream(root.resolve("masks/instance").resolve(DatasetLayout.frameName(f, "png")))) {
                    png.writeGray16(W, H, ids, out);
                }
                List<InstanceLabel> instances = new ArrayList<>();
                if (f < 2) instances.add(instance(f, category, new IdImage(W, H, ids), f == 1 ? truncation1 : 0));
                FrameLabel label = new FrameLabel(f, f + 1, name, camera(), instances, null);
                try (OutputStream out = Files.newOutputStream(root.resolve("frames").resolve(DatasetLayout.frameName(f, "json")))) {
                    FrameLabelJson.write(label, out);
                }
            }
        }
        return root;
    }

    static CameraLabel camera() {
        return new CameraLabel(W, H, 20, 20, 7.5, 5.5, 0.1, 100, IDENTITY);
    }

    /** Instance 1 of the frame: an axis-aligned 0.2 m cube 2 m ahead, labelled with the given mask. */
    private static InstanceLabel instance(int frame, int category, IdImage mask, double truncation) {
        Rle rle = CocoRle.encode(mask, 1);
        long pixels = CocoRle.area(rle);
        double[] m2c = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1};
        double[] corners = new double[24];
        double[] image = new double[16];
        for (int c = 0; c < 8; c++) {
            double x = (c & 1) != 0 ? 0.1 : -0.1;
            double y = (c & 2) != 0 ? 0.1 : -0.1;
            double z = 2 + ((c & 4) != 0 ? 0.1 : -0.1);
            corners[c * 3] = x;
            corners[c * 3 + 1] = y;
            corners[c * 3 + 2] = z;
            image[c * 2] = camera().projectU(x, z);
            image[c * 2 + 1] = camera().projectV(y, z);
        }
        var region = new MasksLabel.Region(pixels, CocoRle.bbox(rle).orElseThrow(), rle);
        var pose = new PoseLabel(m2c, m2c, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[] {0, 0, 2},
                new double[] {1, 1, 1}, new double[] {0.2, 0.2, 0.2});
        return new InstanceLabel(1, (frame + 1L) * 65536 + 1, category == 1 ? "cube" : "ball", category, "models/x.glb",
                pose, new MasksLabel(region, region, null), new VisibilityLabel(1, truncation, false),
                new Box3dLabel(corners, image), List.of());
    }
}
