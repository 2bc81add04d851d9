package mirage.dataset.output;

import mirage.annotators.labels.FrameLabel;
import mirage.core.frame.RenderedFrame;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.OutputsSpec;

/**
 * Everything a frame's files are made from.
 *
 * @param render  the rendered buffers
 * @param label   the frame's labels (its record)
 * @param effects the sensor effects and image format drawn for the frame (RGB image only)
 * @param outputs which outputs the frame's split turns on, and their settings
 */
public record FrameData(RenderedFrame render, FrameLabel label, SensorEffects effects, OutputsSpec outputs) {
    public int frame() {
        return label.frame();
    }
}
