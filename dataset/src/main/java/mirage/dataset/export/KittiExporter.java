package mirage.dataset.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mirage.dataset.AtomicWriter;
import mirage.dataset.OwnedFiles;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.mask.PixelBox;

/**
 * KITTI object labels: {@code label_2/<image stem>.txt} and {@code calib/<image stem>.txt} per frame. One line per
 * annotated instance, in index order, 15 space-separated fields, numbers with 2 decimals:
 * {@code type truncated occluded alpha left top right bottom h w l x y z rotation_y}.
 * <ul>
 *   <li>type: the category name with whitespace replaced by {@code _}; ignored instances are {@code DontCare}
 *       lines ({@code -1 -1 -10} box {@code -1 -1 -1 -1000 -1000 -1000 -10}).</li>
 *   <li>truncated: the truncation share 0..1; occluded: 0 when visibility >= {@value #FULLY_VISIBLE}, 1 when
 *       >= {@value #PARTLY_VISIBLE}, else 2 (3, unknown, is never written).</li>
 *   <li>box: the visible box in continuous pixel-edge coordinates: left = x, top = y, right = x + w,
 *       bottom = y + h.</li>
 *   <li>3D fields: {@link KittiBox} (approximate for objects that are not upright in the camera).</li>
 * </ul>
 * Calibration: {@code P0..P3 = K [I | 0]}, {@code R0_rect = I}, {@code Tr_velo_to_cam = Tr_imu_to_velo = [I | 0]}
 * (identity transforms: a synthetic camera has no lidar or IMU, but KITTI readers require the keys), numbers as
 * {@code %.12e}.
 */
public final class KittiExporter implements Exporter {
    /** Visibility from which an object counts as fully visible (occluded = 0). */
    public static final double FULLY_VISIBLE = 0.99;
    /** Visibility from which an object counts as partly occluded (occluded = 1); below it, 2. */
    public static final double PARTLY_VISIBLE = 0.5;
    public static final String LABELS = "label_2";
    public static final String CALIB = "calib";
    private static final int DECIMALS = 2;

    @Override
    public OwnedFiles owned() {
        return new OwnedFiles(List.of(OwnedFiles.Rule.of(LABELS, OwnedFiles.FRAME + "\\.txt"),
                OwnedFiles.Rule.of(CALIB, OwnedFiles.FRAME + "\\.txt")));
    }

    @Override
    public ExportReport export(LabelSource labels, Path outDir) {
        replaceOwned(outDir);
        LabelFiles.checkStems(labels);
        List<String> files = new ArrayList<>();
        for (FrameLabel f : labels.frames()) {
            String label = LABELS + "/" + f.stem() + ".txt";
            AtomicWriter.writeText(outDir.resolve(label), labelText(f));
            String calib = CALIB + "/" + f.stem() + ".txt";
            AtomicWriter.writeText(outDir.resolve(calib), calibText(f.camera()));
            files.add(label);
            files.add(calib);
        }
        return new ExportReport(ExportFormat.KITTI, files.size() / 2, files, List.of());
    }

    static String labelText(FrameLabel f) {
        StringBuilder sb = new StringBuilder();
        for (InstanceLabel inst : f.annotated()) sb.append(line(inst)).append('\n');
        return sb.toString();
    }

    static String line(InstanceLabel inst) {
        PixelBox b = inst.masks().visible().box();
        VisibilityLabel v = inst.visibility();
        String box = num(b.x()) + " " + num(b.y()) + " " + num(b.x() + b.w()) + " " + num(b.y() + b.h());
        if (v.ignore()) return "DontCare -1 -1 -10 " + box + " -1 -1 -1 -1000 -1000 -1000 -10";
        KittiBox k = KittiBox.of(inst);
        return String.join(" ", inst.category().replaceAll("\\s", "_"), num(v.truncation()),
                String.valueOf(occluded(v.visibility())), num(k.alpha()), box, num(k.h()), num(k.w()), num(k.l()),
                num(k.x()), num(k.y()), num(k.z()), num(k.rotationY()));
    }

    /** 0 fully visible, 1 partly occluded, 2 largely occluded. */
    static int occluded(double visibility) {
        if (visibility >= FULLY_VISIBLE) return 0;
        return visibility >= PARTLY_VISIBLE ? 1 : 2;
    }

    static String calibText(CameraLabel c) {
        double[] p = {c.fx(), 0, c.cx(), 0, 0, c.fy(), c.cy(), 0, 0, 0, 1, 0};
        double[] identity3 = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[] identity34 = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        return "P0: " + row(p) + "\nP1: " + row(p) + "\nP2: " + row(p) + "\nP3: " + row(p) + "\nR0_rect: "
                + row(identity3) + "\nTr_velo_to_cam: " + row(identity34) + "\nTr_imu_to_velo: " + row(identity34)
                + "\n";
    }

    private static String row(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) sb.append(sb.length() == 0 ? "" : " ").append(Fmt.scientific(v));
        return sb.toString();
    }

    private static String num(double v) {
        return Fmt.fixed(v, DECIMALS);
    }
}
