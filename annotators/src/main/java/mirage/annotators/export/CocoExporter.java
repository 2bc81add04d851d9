package mirage.annotators.export;

import java.io.IOException;
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
import mirage.annotators.coco.CocoWriter;
import mirage.annotators.contour.ContourTracer;
import mirage.annotators.contour.MaskContours;
import mirage.annotators.contour.Ring;
import mirage.annotators.io.AtomicFiles;
import mirage.annotators.labels.CategoryLabel;
import mirage.annotators.labels.DatasetLabels;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.KeypointLabel;
import mirage.annotators.labels.KeypointVisibility;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.labels.PoseLabel;
import mirage.annotators.labels.VisibilityLabel;

/**
 * COCO instances JSON at {@code annotations/instances.json}: one image per frame, one annotation per instance with
 * an annotation id ({@code bbox} = visible box, {@code area} = visible pixels, {@code segmentation} = visible
 * mask as RLE or edge-traced polygons), with Mirage's extra keys ({@link CocoExtras}). Ignored instances are
 * written with {@code ignore: 1} and {@code iscrowd: 0}. Keypoint coordinates are COCO's continuous ones:
 * {@code x = u + 0.5}, {@code y = v + 0.5}.
 */
public final class CocoExporter implements Exporter {
    /** The output file, relative to the output folder. */
    public static final String FILE = "annotations/instances.json";
    private static final String SUPERCATEGORY = "object";

    private final CocoSegmentation segmentation;
    private final CocoInfo info;

    public CocoExporter(CocoSegmentation segmentation, CocoInfo info) {
        this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public ExportReport export(DatasetLabels labels, Path outDir) throws IOException {
        List<Long> withHoles = new ArrayList<>();
        CocoDataset coco = toCoco(labels, withHoles);
        AtomicFiles.write(outDir.resolve(FILE), out -> new CocoWriter().write(coco, out));
        List<String> warnings = new ArrayList<>();
        if (!withHoles.isEmpty()) {
            warnings.add(withHoles.size() + " annotation(s) have masks with holes, which COCO polygons cannot express"
                    + " (pycocotools unions the rings, so the holes are filled); use RLE to stay exact. Ids: "
                    + Warnings.firstIds(withHoles));
        }
        return new ExportReport(ExportFormat.COCO, List.of(FILE), warnings);
    }

    /** The COCO dataset of the labels, as written by {@link #export}. */
    public CocoDataset toCoco(DatasetLabels labels) throws ExportException {
        return toCoco(labels, new ArrayList<>());
    }

    private CocoDataset toCoco(DatasetLabels labels, List<Long> withHoles) throws ExportException {
        List<CocoImage> images = new ArrayList<>();
        List<CocoAnnotation> annotations = new ArrayList<>();
        for (FrameLabel f : labels.frames()) {
            images.add(new CocoImage(f.imageId(), f.fileName(), f.camera().width(), f.camera().height()));
            for (InstanceLabel inst : f.annotated()) {
                annotations.add(annotation(f, inst, labels.category(inst.categoryId()), withHoles));
            }
        }
        List<CocoCategory> categories = labels.categories().stream()
                .map(c -> new CocoCategory(c.id(), c.name(), SUPERCATEGORY, c.keypoints())).toList();
        return new CocoDataset(info, images, annotations, categories);
    }

    private CocoAnnotation annotation(FrameLabel f, InstanceLabel inst, CategoryLabel category, List<Long> withHoles)
            throws ExportException {
        MasksLabel.Region visible = inst.masks().visible();
        if (visible.rle() == null) {
            throw new ExportException("frame " + f.frame() + ", instance " + inst.index()
                    + ": no visible_mask recorded; COCO segmentation needs it");
        }
        List<Ring> polygons = null;
        if (segmentation == CocoSegmentation.POLYGON) {
            MaskContours contours = ContourTracer.trace(visible.rle());
            if (!contours.exactAsPolygons()) withHoles.add(inst.annotationId());
            polygons = contours.outer();
        }
        double[] keypoints = category.keypoints().isEmpty() ? null : keypoints(inst.keypoints());
        return new CocoAnnotation(inst.annotationId(), f.imageId(), inst.categoryId(), visible.box(), visible.pixels(),
                visible.rle(), polygons, extras(inst.masks(), inst.visibility(), inst.pose(), keypoints));
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
