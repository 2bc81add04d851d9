package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;
import mirage.scenes.spec.OutputsSpec;

/** {@code normals/NNNNNN.png}: camera-space normals (OpenCV axes) as RGB = round(255 (n + 1) / 2), 0 for background. */
final class NormalsOutput extends FrameOutput {
    NormalsOutput() {
        super("normals", DatasetLayout.NORMALS, "png", OutputsSpec::normals);
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        png.writeRgb(frame.render().normals(), out);
    }
}
