package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import mirage.core.image.CoverageImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;
import mirage.scenes.spec.OutputsSpec;

/**
 * {@code coverage/NNNNNN.png}: 8-bit grey, per pixel {@code round(255 k / n)} where k of its n sub-samples belong to
 * the instance owning it in the instance mask (0 where none does). With n at most 255 every k has its own value, so
 * {@code k = round(value n / 255)} is exact, while {@code value / 255} is the fraction within 1/510.
 */
final class CoverageOutput extends FrameOutput {
    CoverageOutput() {
        super("coverage", DatasetLayout.COVERAGE, "png", OutputsSpec::coverageOrDefault);
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        CoverageImage c = frame.render().coverage();
        if (c == null) throw new IllegalStateException("frame " + frame.frame() + ": outputs.coverage is on but the render has no coverage image");
        png.writeGray8(c.width(), c.height(), encode(c), out);
    }

    /** Each pixel's {@code round(255 k / n)}. */
    static byte[] encode(CoverageImage c) {
        int n = c.samples();
        byte[] out = new byte[c.counts().length];
        for (int p = 0; p < out.length; p++) out[p] = (byte) ((255 * (c.counts()[p] & 0xff) + n / 2) / n);
        return out;
    }
}
