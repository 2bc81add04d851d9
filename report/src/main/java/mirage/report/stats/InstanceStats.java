package mirage.report.stats;

import java.util.ArrayList;
import java.util.List;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.mask.PixelBox;

/**
 * Distributions over a dataset's instances. Visibility and truncation over every instance in the records (placed,
 * annotated or not); the rest over annotated instances: COCO size classes by area (visible pixels, as COCOeval's
 * {@code area}: small {@code < 32²}, medium {@code < 96²}, large), box size {@code sqrt(w h)} of the visible box and
 * its aspect {@code w / h} (histograms of their log2, bins at least a quarter octave wide), box centres in normalized image coordinates, boxes with a side under the
 * small-box threshold, and depth: the camera z of the centre of the instance's 3D box (mean of its 8 corners' z),
 * plus the nearest and farthest corner z.
 */
public final class InstanceStats {
    public static final long COCO_SMALL = 32 * 32;
    public static final long COCO_MEDIUM = 96 * 96;
    /** The narrowest bins of the log2 histograms: 2^-2. */
    public static final int QUARTER_OCTAVE = -2;
    /** Frames named as examples of small boxes. */
    public static final int EXAMPLES = 10;

    private final int smallSide;
    private final FixedHistogram visibility = new FixedHistogram(0, 1, 20);
    private final FixedHistogram truncation = new FixedHistogram(0, 1, 20);
    private final AdaptiveHistogram boxSize = new AdaptiveHistogram(QUARTER_OCTAVE);
    private final AdaptiveHistogram aspect = new AdaptiveHistogram(QUARTER_OCTAVE);
    private final CentreGrid centres = new CentreGrid(20, 20);
    private final AdaptiveHistogram depth = new AdaptiveHistogram(AdaptiveHistogram.ANY_WIDTH);
    private final long[] sizeClasses = new long[3];
    private double nearest = Double.POSITIVE_INFINITY;
    private double farthest = Double.NEGATIVE_INFINITY;
    private long smallBoxes;
    private final List<Integer> smallBoxFrames = new ArrayList<>();

    /** @param smallSide a visible box narrower or lower than this many pixels counts as small */
    public InstanceStats(int smallSide) {
        this.smallSide = smallSide;
    }

    public void accept(FrameLabel frame) {
        CameraLabel cam = frame.camera();
        for (InstanceLabel inst : frame.instances()) {
            visibility.add(inst.visibility().visibility());
            truncation.add(inst.visibility().truncation());
            if (inst.annotated()) annotated(frame.frame(), inst, cam);
        }
    }

    private void annotated(int frame, InstanceLabel inst, CameraLabel cam) {
        long area = inst.masks().visible().pixels();
        sizeClasses[area < COCO_SMALL ? 0 : area < COCO_MEDIUM ? 1 : 2]++;
        PixelBox b = inst.masks().visible().box();
        boxSize.add(FixedHistogram.log2(Math.sqrt((double) b.w() * b.h())));
        aspect.add(FixedHistogram.log2((double) b.w() / b.h()));
        centres.add((b.x() + b.w() / 2.0) / cam.width(), (b.y() + b.h() / 2.0) / cam.height());
        if (b.w() < smallSide || b.h() < smallSide) {
            smallBoxes++;
            if (smallBoxFrames.size() < EXAMPLES && (smallBoxFrames.isEmpty() || smallBoxFrames.get(smallBoxFrames.size() - 1) != frame))
                smallBoxFrames.add(frame);
        }
        double[] corners = inst.box3d().camera();
        double z = 0;
        for (int c = 0; c < 8; c++) {
            double cz = corners[c * 3 + 2];
            z += cz / 8;
            nearest = Math.min(nearest, cz);
            farthest = Math.max(farthest, cz);
        }
        depth.add(z);
    }

    public FixedHistogram visibility() {
        return visibility;
    }

    public FixedHistogram truncation() {
        return truncation;
    }

    /** log2 of {@code sqrt(w h)} of visible boxes in pixels. */
    public AdaptiveHistogram boxSize() {
        return boxSize;
    }

    /** log2 of {@code w / h} of visible boxes. */
    public AdaptiveHistogram aspect() {
        return aspect;
    }

    public CentreGrid centres() {
        return centres;
    }

    /** Camera z of 3D box centres, metres. */
    public AdaptiveHistogram depth() {
        return depth;
    }

    /** Annotations with area {@code < 32²}, {@code < 96²}, and larger. */
    public long[] sizeClasses() {
        return sizeClasses.clone();
    }

    /** The nearest 3D box corner's camera z, metres (+infinity without annotations). */
    public double nearest() {
        return nearest;
    }

    public double farthest() {
        return farthest;
    }

    public int smallSide() {
        return smallSide;
    }

    public long smallBoxes() {
        return smallBoxes;
    }

    /** The first frames holding a small box. */
    public List<Integer> smallBoxFrames() {
        return List.copyOf(smallBoxFrames);
    }
}
