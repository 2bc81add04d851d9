package mirage.dataset.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mirage.annotators.contour.ContourTracer;
import mirage.annotators.contour.MaskContours;
import mirage.annotators.contour.Ring;
import mirage.dataset.AtomicWriter;
import mirage.dataset.OwnedFiles;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.Rle;

/**
 * Ultralytics YOLO labels: {@code labels/<image stem>.txt} for every frame (empty when it has no object) and
 * {@code data.yaml}. One line per annotated, not ignored instance, in index order; class = category id - 1; every
 * coordinate divided by the image width or height and written with {@value #DECIMALS} decimals.
 * <ul>
 *   <li>{@link YoloTask#DETECT}: {@code class x_center y_center width height} of the visible box, pixel-edge
 *       coordinates: {@code x_center = (x + w / 2) / W}.</li>
 *   <li>{@link YoloTask#SEGMENT}: {@code class x1 y1 x2 y2 ...}, the edge-traced outer contour of the largest
 *       8-connected part of the visible mask (its vertices are pixel corners); other parts and holes are
 *       dropped and counted in a warning.</li>
 * </ul>
 */
public final class YoloExporter implements Exporter {
    /** Digits after the decimal point of every normalised coordinate. */
    public static final int DECIMALS = 6;
    /** The dataset description file, relative to the output folder. */
    public static final String DATA_YAML = "data.yaml";
    /** The label folder, relative to the output folder; images are expected in {@code images/} beside it. */
    public static final String LABELS = "labels";

    private final YoloTask task;

    public YoloExporter(YoloTask task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    @Override
    public OwnedFiles owned() {
        return new OwnedFiles(List.of(OwnedFiles.Rule.of(LABELS, OwnedFiles.FRAME + "\\.txt"),
                OwnedFiles.Rule.of("", "data\\.yaml")));
    }

    @Override
    public ExportReport export(LabelSource labels, Path outDir) {
        replaceOwned(outDir);
        LabelFiles.checkStems(labels);
        List<String> files = new ArrayList<>();
        List<Long> lossy = new ArrayList<>();
        for (FrameLabel f : labels.frames()) {
            String file = LABELS + "/" + f.stem() + ".txt";
            AtomicWriter.writeText(outDir.resolve(file), frameText(f, lossy));
            files.add(file);
        }
        long frames = files.size();
        AtomicWriter.writeText(outDir.resolve(DATA_YAML), dataYaml(labels.categories(), outDir));
        files.add(DATA_YAML);
        List<String> warnings = new ArrayList<>();
        if (!lossy.isEmpty()) {
            warnings.add(lossy.size() + " instance(s) have several parts or holes; their YOLO polygon is the outer"
                    + " contour of the largest part. Annotation ids: " + Warnings.firstIds(lossy));
        }
        return new ExportReport(ExportFormat.YOLO, frames, files, warnings);
    }

    /** The label file of one frame: one line per object, each ending with a newline. */
    String frameText(FrameLabel f, List<Long> lossy) throws ExportException {
        StringBuilder sb = new StringBuilder();
        int w = f.camera().width();
        int h = f.camera().height();
        for (InstanceLabel inst : f.annotated()) {
            if (inst.visibility().ignore()) continue;
            sb.append(inst.categoryId() - 1);
            if (task == YoloTask.DETECT) box(sb, inst.masks().visible().box(), w, h);
            else polygon(sb, f, inst, lossy);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void box(StringBuilder sb, PixelBox b, int w, int h) {
        sb.append(' ').append(Fmt.fixed((b.x() + b.w() / 2.0) / w, DECIMALS));
        sb.append(' ').append(Fmt.fixed((b.y() + b.h() / 2.0) / h, DECIMALS));
        sb.append(' ').append(Fmt.fixed((double) b.w() / w, DECIMALS));
        sb.append(' ').append(Fmt.fixed((double) b.h() / h, DECIMALS));
    }

    private static void polygon(StringBuilder sb, FrameLabel f, InstanceLabel inst, List<Long> lossy)
            throws ExportException {
        Rle mask = inst.masks().visible().rle();
        if (mask == null) {
            throw new ExportException("frame " + f.frame() + ", instance " + inst.index()
                    + ": no visible_mask recorded; YOLO segmentation needs it");
        }
        MaskContours contours = ContourTracer.trace(mask);
        if (contours.outer().size() != 1 || !contours.exactAsPolygons()) lossy.add(inst.annotationId());
        Ring ring = contours.largest();
        for (int i = 0; i < ring.size(); i++) {
            sb.append(' ').append(Fmt.fixed((double) ring.x(i) / f.camera().width(), DECIMALS));
            sb.append(' ').append(Fmt.fixed((double) ring.y(i) / f.camera().height(), DECIMALS));
        }
    }

    /**
     * {@code data.yaml}: {@code path} = the absolute output folder (Ultralytics resolves a relative path against
     * its own datasets folder), {@code train} and {@code val} = {@code images}, {@code names} = class index to
     * category name. Strings are single-quoted YAML scalars.
     */
    static String dataYaml(List<CategoryLabel> categories, Path outDir) throws ExportException {
        StringBuilder sb = new StringBuilder("# Mirage export, Ultralytics YOLO format;");
        sb.append(" labels in labels/<image stem>.txt\n");
        sb.append("path: ").append(quote(outDir.toAbsolutePath().normalize().toString())).append('\n');
        sb.append("train: images\n");
        sb.append("val: images\n");
        sb.append("names:\n");
        for (CategoryLabel c : categories) {
            sb.append("  ").append(c.id() - 1).append(": ").append(quote(c.name())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) throws ExportException {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) throw new ExportException("cannot write '" + s + "' in data.yaml:"
                    + " it contains a control character");
        }
        return "'" + s.replace("'", "''") + "'";
    }
}
