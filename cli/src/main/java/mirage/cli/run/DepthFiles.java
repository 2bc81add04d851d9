package mirage.cli.run;

import mirage.annotators.depth.DepthPng;
import mirage.annotators.depth.DepthRangeException;
import mirage.annotators.depth.NpyWriter;
import mirage.annotators.png.PngWriter;
import mirage.core.error.MirageException;
import mirage.core.image.DepthImage;
import mirage.scenes.spec.OutputsSpec;

/**
 * A frame's depth files as the spec asks: {@code depth/NNNNNN.png}, 16-bit camera z in depth_scale mm units
 * (a depth that does not fit fails the run or is clamped and counted, never wrapped), and {@code depth/NNNNNN.npy},
 * float32 camera z in metres.
 */
final class DepthFiles {
    private final OutputDir out;
    private final OutputsSpec outputs;
    private final PngWriter png;

    DepthFiles(OutputDir out, OutputsSpec outputs, PngWriter png) {
        this.out = out;
        this.outputs = outputs;
        this.png = png;
    }

    /** Encodes the PNG depth (before anything of the frame is written, so a range error leaves no part of it). */
    DepthPng.Encoded encode(int frameIndex, DepthImage depth) {
        if (!outputs.depth()) return null;
        DepthPng.OverflowPolicy policy = outputs.depthOverflow() == OutputsSpec.Overflow.CLAMP
                ? DepthPng.OverflowPolicy.CLAMP : DepthPng.OverflowPolicy.ERROR;
        try {
            return DepthPng.encode(depth.metres(), depth.width(), depth.height(), outputs.depthScale(), policy);
        } catch (DepthRangeException e) {
            throw new MirageException(String.format("frame %d: a surface at %.3f m does not fit the 16-bit depth PNG "
                    + "(at most %.3f m with outputs.depth_scale %s mm): raise outputs.depth_scale, lower camera.far, "
                    + "or set outputs.depth_overflow: clamp", frameIndex, e.depthMetres(), e.limitMetres(),
                    outputs.depthScale()), e);
        }
    }

    void write(int frameIndex, DepthImage depth, DepthPng.Encoded encoded) {
        if (encoded != null)
            out.write(OutputDir.DEPTH + "/" + OutputDir.frameName(frameIndex, "png"), o -> DepthPng.write(encoded, png, o));
        if (outputs.depthNpy())
            out.write(OutputDir.DEPTH + "/" + OutputDir.frameName(frameIndex, "npy"),
                    o -> NpyWriter.write(depth.metres(), depth.height(), depth.width(), o));
    }
}
