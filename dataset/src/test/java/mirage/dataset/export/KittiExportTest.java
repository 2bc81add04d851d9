package mirage.dataset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.LabelFixtures;
import mirage.annotators.mask.PixelBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KITTI export read back with a reader written from the KITTI object devkit readme: 15 space-separated values per
 * object (type, truncated, occluded, alpha, bbox left top right bottom, dimensions h w l, location x y z,
 * rotation_y) and calibration lines {@code key: 12 or 9 numbers}. Numbers are written with 2 decimals, so values
 * compare within 0.005; integer box edges compare exactly.
 */
class KittiExportTest {
    private static final double TWO_DECIMALS = 0.005 + 1e-9;

    @TempDir
    Path dir;

    private final DatasetLabels labels = LabelFixtures.dataset();

    record KittiObject(String type, double truncated, int occluded, double alpha, double[] box, double[] hwl,
            double[] xyz, double rotationY) {
    }

    static List<KittiObject> read(Path file) throws IOException {
        List<KittiObject> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(" ");
            if (f.length != 15) throw new IOException(file + ": expected 15 fields: " + line);
            double[] v = new double[15];
            for (int i = 1; i < 15; i++) v[i] = Double.parseDouble(f[i]);
            out.add(new KittiObject(f[0], v[1], (int) v[2], v[3], new double[] {v[4], v[5], v[6], v[7]},
                    new double[] {v[8], v[9], v[10]}, new double[] {v[11], v[12], v[13]}, v[14]));
        }
        return out;
    }

    static Map<String, double[]> calib(Path file) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] kv = line.split(": ");
            out.put(kv[0], Arrays.stream(kv[1].split(" ")).mapToDouble(Double::parseDouble).toArray());
        }
        return out;
    }

    @Test
    void linesReadBackAsTheLabelModel() throws IOException {
        new KittiExporter().export(labels, dir);
        for (FrameLabel f : labels.frames()) {
            List<KittiObject> objects = read(dir.resolve("label_2/" + f.stem() + ".txt"));
            List<InstanceLabel> annotated = f.annotated();
            assertEquals(annotated.size(), objects.size());
            for (int k = 0; k < objects.size(); k++) {
                InstanceLabel i = annotated.get(k);
                KittiObject o = objects.get(k);
                PixelBox b = i.masks().visible().box();
                assertArrayEquals(new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()}, o.box(), 0);
                if (i.visibility().ignore()) {
                    assertEquals("DontCare", o.type());
                    continue;
                }
                assertEquals(i.category().replace(' ', '_'), o.type());
                assertEquals(i.visibility().truncation(), o.truncated(), TWO_DECIMALS);
                double visibility = i.visibility().visibility();
                assertEquals(visibility >= 0.99 ? 0 : visibility >= 0.5 ? 1 : 2, o.occluded());
                double[] s = i.pose().size();
                assertEquals(s[0] * s[1] * s[2], o.hwl()[0] * o.hwl()[1] * o.hwl()[2], 0.02, "dimensions are the size");
                assertEquals(Math.IEEEremainder(o.rotationY() - Math.atan2(o.xyz()[0], o.xyz()[2]), 2 * Math.PI),
                        o.alpha(), 2 * TWO_DECIMALS, "alpha = rotation_y - atan2(x, z)");
            }
        }
    }

    @Test
    void uprightObjectIsExact() throws IOException {
        new KittiExporter().export(labels, dir);
        // frame 0 instance 2: toy car rotated 30 degrees about camera y, model box x -0.4..0.4, y 0..0.3,
        // z -0.2..0.2 scaled by 1, 2, 0.5 (size 0.8, 0.6, 0.2), origin at (0.2, 0.1, 3.0):
        // centre (0.2, 0.1, 3.0) + R (0, 0.15 * 2, 0) = (0.2, 0.4, 3.0), bottom y + 0.6 / 2
        KittiObject car = read(dir.resolve("label_2/000000.txt")).get(1);
        assertEquals("toy_car", car.type());
        assertEquals(0, car.occluded());
        assertArrayEquals(new double[] {0.6, 0.2, 0.8}, car.hwl(), TWO_DECIMALS);
        assertArrayEquals(new double[] {0.2, 0.7, 3.0}, car.xyz(), TWO_DECIMALS);
        assertEquals(Math.toRadians(30), car.rotationY(), TWO_DECIMALS);
        assertEquals(Math.toRadians(30) - Math.atan2(0.2, 3.0), car.alpha(), TWO_DECIMALS);
    }

    @Test
    void pixelConventionOccludedLevelsAndDontCare() throws IOException {
        new KittiExporter().export(labels, dir);
        KittiObject pixel = read(dir.resolve("label_2/000001.txt")).get(0);
        assertArrayEquals(new double[] {5, 4, 6, 5}, pixel.box(), 0, "pixel (5, 4): (x, y, x + 1, y + 1)");
        List<String> lines = Files.readAllLines(dir.resolve("label_2/000000.txt"));
        assertEquals("DontCare -1 -1 -10 13.00 7.00 14.00 8.00 -1 -1 -1 -1000 -1000 -1000 -10", lines.get(3));
        assertEquals(1, read(dir.resolve("label_2/000000.txt")).get(0).occluded(), "visibility 0.625");
        assertEquals(List.of(), Files.readAllLines(dir.resolve("label_2/000002.txt")));
        assertEquals(0, KittiExporter.occluded(0.99));
        assertEquals(1, KittiExporter.occluded(0.5));
        assertEquals(2, KittiExporter.occluded(0.49));
    }

    @Test
    void calibrationIsKWithZeroTranslation() throws IOException {
        new KittiExporter().export(labels, dir);
        Map<String, double[]> c = calib(dir.resolve("calib/000001.txt"));
        double[] p = {25, 0, 9.5, 0, 0, 24, 4.5, 0, 0, 0, 1, 0};
        for (String key : List.of("P0", "P1", "P2", "P3")) assertArrayEquals(p, c.get(key), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, c.get("R0_rect"), 0);
        assertEquals(12, c.get("Tr_velo_to_cam").length);
        assertEquals(12, c.get("Tr_imu_to_velo").length);
        assertEquals("P2: 2.500000000000e+01 0.000000000000e+00 9.500000000000e+00 0.000000000000e+00"
                + " 0.000000000000e+00 2.400000000000e+01 4.500000000000e+00 0.000000000000e+00"
                + " 0.000000000000e+00 0.000000000000e+00 1.000000000000e+00 0.000000000000e+00",
                Files.readAllLines(dir.resolve("calib/000001.txt")).get(2));
    }
}
