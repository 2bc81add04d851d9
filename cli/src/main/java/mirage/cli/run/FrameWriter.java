package mirage.cli.run;

import mirage.annotators.labels.FrameLabel;
import mirage.labelling.FrameLabeler;
import mirage.core.frame.RenderedFrame;
import mirage.dataset.DatasetFolder;
import mirage.dataset.DatasetLayout;
import mirage.dataset.output.FrameData;
import mirage.dataset.output.FrameFiles;
import mirage.dataset.output.FrameOutputs;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.spec.OutputsSpec;

/**
 * One rendered frame to its files: what the outputs must report is checked first (so a depth that does not fit
 * fails the frame before any file of it exists), then the frame is labelled, then every output is written, the
 * record last. One instance per encoder thread; the labeller and outputs come with each frame, since each split
 * has its own.
 */
final class FrameWriter implements AutoCloseable {
    private final FrameFiles files;

    FrameWriter(DatasetFolder out, int pngLevel) {
        this.files = new FrameFiles(out, pngLevel);
    }

    void write(FrameSample sample, RenderedFrame frame, FrameLabeler labeler, OutputsSpec outputs) {
        Scene scene = sample.scene();
        int i = scene.frameIndex();
        long clamped = FrameOutputs.depthClampedPixels(frame.depth(), outputs, i);
        String image = DatasetLayout.imageName(i, scene.effects().jpeg());
        FrameLabel label = labeler.label(scene, frame, image, new FrameLabeler.Facts(clamped, sample.placement(), sample.settled()));
        files.write(new FrameData(frame, label, scene.effects(), outputs));
    }

    @Override
    public void close() {
        files.close();
    }
}
