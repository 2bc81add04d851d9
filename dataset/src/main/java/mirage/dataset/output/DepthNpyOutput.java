package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import mirage.core.image.DepthImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.NpyWriter;
import mirage.dataset.codec.PngWriter;
import mirage.scenes.spec.OutputsSpec;

/** {@code depth/NNNNNN.npy}: float32 camera z in metres, 0 for background, an (H, W) NumPy array. */
final class DepthNpyOutput extends FrameOutput {
    DepthNpyOutput() {
        super("depth", DatasetLayout.DEPTH, "npy", OutputsSpec::depthNpy);
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        DepthImage depth = frame.render().depth();
        NpyWriter.write(depth.metres(), depth.height(), depth.width(), out);
    }
}
