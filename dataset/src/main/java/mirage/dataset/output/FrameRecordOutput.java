package mirage.dataset.output;

import java.io.OutputStream;
import java.io.IOException;
import mirage.annotators.labels.FrameLabelJson;
import mirage.dataset.DatasetLayout;
import mirage.dataset.codec.PngWriter;

/** {@code frames/NNNNNN.json}: the frame's labels and provenance. Written last: its presence marks the frame done. */
final class FrameRecordOutput extends FrameOutput {
    FrameRecordOutput() {
        super("frames", DatasetLayout.FRAMES, "json");
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        FrameLabelJson.write(frame.label(), out);
    }
}
