package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import mirage.annotators.labels.InstanceLabel;
import mirage.core.image.IdImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;

/** {@code masks/semantic/NNNNNN.png}: 16-bit grey, the category id of the instance covering each pixel, 0 for none. */
final class SemanticMaskOutput extends FrameOutput {
    SemanticMaskOutput() {
        super("semantic_masks", DatasetLayout.SEMANTIC_MASKS, "png");
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        IdImage ids = frame.render().instances();
        png.writeGray16(ids.width(), ids.height(), categories(ids.ids(), frame.label().instances()), out);
    }

    /** Category id per pixel, from the instance index per pixel. */
    static int[] categories(int[] instanceIds, List<InstanceLabel> instances) {
        int[] categoryOf = new int[instances.size() + 1];
        for (InstanceLabel inst : instances) categoryOf[inst.index()] = inst.categoryId();
        int[] out = new int[instanceIds.length];
        for (int p = 0; p < out.length; p++) out[p] = categoryOf[instanceIds[p]];
        return out;
    }
}
