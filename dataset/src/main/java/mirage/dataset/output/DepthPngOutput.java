package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import mirage.annotators.depth.DepthPng;
import mirage.annotators.depth.DepthRangeException;
import mirage.core.error.MirageException;
import mirage.core.image.DepthImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;
import mirage.scenes.spec.OutputsSpec;

/**
 * {@code depth/NNNNNN.png}: 16-bit camera z in units of {@code outputs.depth_scale} mm (see {@link DepthPng}). A
 * depth that does not fit fails the frame, or with {@code depth_overflow: clamp} is clamped and counted; never
 * wrapped. {@link #clampedPixels} checks this before any of the frame's files is written.
 */
final class DepthPngOutput extends FrameOutput {
    DepthPngOutput() {
        super("depth", DatasetLayout.DEPTH, "png", OutputsSpec::depth);
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        DepthPng.Encoded d = encode(frame.render().depth(), frame.outputs(), frame.frame());
        png.writeGray16(d.width(), d.height(), d.units(), out);
    }

    /**
     * The pixels this output clamps for the frame (0 when it is off).
     *
     * @throws MirageException when a depth does not fit and the spec says {@code depth_overflow: error}
     */
    static long clampedPixels(DepthImage depth, OutputsSpec outputs, int frameIndex) {
        if (!outputs.depth()) return 0;
        try {
            return DepthPng.clampedPixels(depth.metres(), depth.width(), depth.height(), outputs.depthScale(), policy(outputs));
        } catch (DepthRangeException e) {
            throw tooDeep(e, outputs, frameIndex);
        }
    }

    private static DepthPng.Encoded encode(DepthImage depth, OutputsSpec outputs, int frameIndex) {
        try {
            return DepthPng.encode(depth.metres(), depth.width(), depth.height(), outputs.depthScale(), policy(outputs));
        } catch (DepthRangeException e) {
            throw tooDeep(e, outputs, frameIndex);
        }
    }

    private static DepthPng.OverflowPolicy policy(OutputsSpec outputs) {
        return outputs.depthOverflow() == OutputsSpec.Overflow.CLAMP ? DepthPng.OverflowPolicy.CLAMP
                : DepthPng.OverflowPolicy.ERROR;
    }

    private static MirageException tooDeep(DepthRangeException e, OutputsSpec outputs, int frameIndex) {
        return new MirageException(String.format("frame %d: a surface at %.3f m does not fit the 16-bit depth PNG "
                + "(at most %.3f m with outputs.depth_scale %s mm): raise outputs.depth_scale, lower camera.far, "
                + "or set outputs.depth_overflow: clamp", frameIndex, e.depthMetres(), e.limitMetres(),
                outputs.depthScale()), e);
    }
}
