package mirage.dataset.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoCategory;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoExtras;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoInfo;
import mirage.annotators.coco.CocoPose;
import mirage.annotators.coco.CocoStream;
import mirage.annotators.contour.ContourTracer;
import mirage.annotators.contour.MaskContours;
import mirage.annotators.contour.Ring;
import mirage.dataset.AtomicWriter;
import mirage.dataset.OwnedFiles;
import mirage.dataset.DatasetLayout;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.LabelSource;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.KeypointLabel;
import mirage.annotators.labels.KeypointVisibility;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.labels.PoseLabel;
import mirage.annotators.labels.VisibilityLabel;
import mirage.annotators.rle.Rle;

/**
 * COCO instances JSON at {@code annotations/instances.json}: one image per frame, one annotation per instance with
 * an annotation id ({@code bbox} = visible box, {@code area} = visible pixels, {@code segmentation} = visible
 * mask as RLE or edge-traced polygons), with Mirage's extra keys ({@link CocoExtras}). Ignored instances are
 * written with {@code ignore: 1} and {@code iscrowd: 0}. Keypoint coordinates are COCO's continuous ones:
 * {@code x = u + 0.5}, {@code y = v + 0.5}.
 */
public final class CocoExporter implements Exporter {
    /** The output file, relative to the output folder. */
    public static final String FILE = DatasetLayout.COCO;
    private static final String SUPERCATEGORY = "object";

    private final CocoSegmentation segmentation;
    private final CocoInfo info;

    public CocoExporter(CocoSegmentation segmentation, CocoInfo info) {
        this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public OwnedFiles owned() {
        return new OwnedFiles(List.of(OwnedFiles.Rule.of(DatasetLayout.ANNOTATIONS, "instances\\.json")));
    }

    @Override
    public ExportReport export(LabelSource labels, Path outDir) {
        replaceOwned(outDir);
        Written[] written = new Written[1];
        AtomicWriter.write(outDir.resolve(FILE), out -> written[0] = write(labels, labels.frames(), out));
        List<String> warnings = new ArrayList<>();
        Written w = written[0];
        if (w.withHoles() > 0) {
            warnings.add(w.withHoles() + " annotation(s) have masks with holes, which COCO polygons cannot express"
                    + " (pycocotools unions the rings, so the holes are filled); use RLE to stay exact. Ids: "
                    + Warnings.firstIds(w.firstWithHoles(), w.withHoles()));
        }
        return new ExportReport(ExportFormat.COCO, w.images(), List.of(FILE), warnings);
    }

    /**
     * What a COCO file holds.
     *
     * @param firstWithHoles the ids of the first {@link Warnings#LISTED} annotations with holes (polygons only)
     */
    public record Written(long images, long instances, long annotations, long withHoles, List<Long> firstWithHoles) {}

    /**
     * Writes the COCO file of {@code frames}, with the categories of {@code labels}, to {@code out} (not closed),
     * in two passes over the frames (images, then annotations), so memory does not grow with their number: the
     * same bytes {@link mirage.annotators.coco.CocoWriter} gives for the same content.
     *
     * @throws ExportException when an annotated instance has no visible mask recorded
     * @throws IllegalStateException when the labels break a COCO rule (see {@link CocoStream})
     */
    public Written write(LabelSource labels, Iterable<FrameLabel> frames, OutputStream out) throws IOException {
        CocoStream coco = new CocoStream(out, info, categories(labels));
        long images = 0, instances = 0, annotations = 0;
        for (FrameLabel f : frames) {
            coco.image(image(f));
            images++;
            instances += f.instances().size();
        }
        List<Long> withHoles = new ArrayList<>();
        long holes = 0;
        for (FrameLabel f : frames) {
            CocoImage image = image(f);
            for (InstanceLabel inst : f.annotated()) {
                MaskContours contours = contours(f, inst);
                if (contours != null && !contours.exactAsPolygons() && holes++ < Warnings.LISTED)
                    withHoles.add(inst.annotationId());
                coco.annotation(image, annotation(f, inst, labels.category(inst.categoryId()), contours));
                annotations++;
            }
        }
        coco.finish();
        return new Written(images, instances, annotations, holes, withHoles);
    }

    /**
     * The COCO dataset of the labels in memory, built by the same rules as {@link #write} (for tests and small
     * datasets; {@code CocoWriter} writes it with the same bytes).
     */
    public CocoDataset toCoco(DatasetLabels labels) {
        List<CocoImage> images = new ArrayList<>();
        List<CocoAnnotation> annotations = new ArrayList<>();
        for (FrameLabel f : labels.frames()) {
            images.add(image(f));
            for (InstanceLabel inst : f.annotated()) {
                annotations.add(annotation(f, inst, labels.category(inst.categoryId()), contours(f, inst)));
            }
        }
        return new CocoDataset(info, images, annotations, categories(labels));
    }

    private static List<CocoCategory> categories(LabelSource labels) {
        return labels.categories().stream().map(c -> new CocoCategory(c.id(), c.name(), SUPERCATEGORY, c.keypoints())).toList();
    }

    private static CocoImage image(FrameLabel f) {
        return new CocoImage(f.imageId(), f.fileName(), f.camera().width(), f.camera().height());
    }

    /** @param contours the visible mask's outlines when writing polygons, else null */
    private static CocoAnnotation annotation(FrameLabel f, InstanceLabel inst, CategoryLabel category,
                                             MaskContours contours) throws ExportException {
        MasksLabel.Region visible = inst.masks().visible();
        List<Ring> polygons = contours == null ? null : contours.outer();
        Rle mask = visibleMask(f, inst);
        double[] keypoints = category.keypoints().isEmpty() ? null : keypoints(inst.keypoints());
        return new CocoAnnotation(inst.annotationId(), f.imageId(), inst.categoryId(), visible.box(), visible.pixels(),
                mask, polygons, extras(inst.masks(), inst.visibility(), inst.pose(), keypoints));
    }

    /** The visible mask's outlines when writing polygons, else null. */
    private MaskContours contours(FrameLabel f, InstanceLabel inst) {
        return segmentation == CocoSegmentation.POLYGON ? ContourTracer.trace(visibleMask(f, inst)) : null;
    }

    private static Rle visibleMask(FrameLabel f, InstanceLabel inst) throws ExportException {
        Rle mask = inst.masks().visible().rle();
        if (mask == null) throw new ExportException("frame " + f.frame() + ", instance " + inst.index()
                + ": no visible_mask recorded; COCO segmentation needs it");
        return mask;
    }

    /** The extra keys from the instance's parts; {@code keypoints} in COCO form, or null. */
    private static CocoExtras extras(MasksLabel masks, VisibilityLabel v, PoseLabel pose, double[] keypoints) {
        MasksLabel.Region amodal = masks.amodal();
        return new CocoExtras(amodal.box(), amodal.pixels(), masks.projectedBox(), v.visibility(), v.truncation(),
                amodal.rle(), v.ignore(), new CocoPose(pose.rotation(), pose.translation(), pose.scale()), keypoints);
    }

    /** COCO {@code [x, y, v, ...]}: x = u + 0.5, y = v + 0.5; outside keypoints are (0, 0, 0). */
    static double[] keypoints(List<KeypointLabel> kps) {
        double[] out = new double[kps.size() * 3];
        for (int i = 0; i < kps.size(); i++) {
            KeypointLabel k = kps.get(i);
            if (k.visibility() == KeypointVisibility.OUTSIDE) continue;
            out[3 * i] = k.u() + 0.5;
            out[3 * i + 1] = k.v() + 0.5;
            out[3 * i + 2] = k.visibility().cocoFlag();
        }
        return out;
    }
}
