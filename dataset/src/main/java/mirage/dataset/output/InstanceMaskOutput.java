package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import mirage.core.image.IdImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;

/** {@code masks/instance/NNNNNN.png}: 16-bit grey, the index of the instance covering each pixel, 0 for none. */
final class InstanceMaskOutput extends FrameOutput {
    InstanceMaskOutput() {
        super("instance_masks", DatasetLayout.INSTANCE_MASKS, "png");
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        IdImage ids = frame.render().instances();
        png.writeGray16(ids.width(), ids.height(), ids.ids(), out);
    }
}
