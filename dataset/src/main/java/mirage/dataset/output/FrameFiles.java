package mirage.dataset.output;

import mirage.dataset.DatasetFolder;
import mirage.dataset.codec.PngWriter;

/**
 * Writes frames' files into a dataset folder: every output the frame's spec turns on, in registry order, so the
 * record comes last. The same frame data give the same bytes on any thread, in any order. One instance per thread
 * (it owns a PNG encoder); close it to free the encoder.
 */
public final class FrameFiles implements AutoCloseable {
    private final DatasetFolder folder;
    private final PngWriter png;

    /** @param pngLevel deflate level 0..9 of the PNG files */
    public FrameFiles(DatasetFolder folder, int pngLevel) {
        this.folder = folder;
        this.png = new PngWriter(pngLevel);
    }

    public void write(FrameData frame) {
        for (FrameOutput o : FrameOutputs.enabled(frame.outputs()))
            folder.write(o.folder() + "/" + o.fileName(frame), out -> o.write(frame, png, out));
    }

    @Override
    public void close() {
        png.close();
    }
}
