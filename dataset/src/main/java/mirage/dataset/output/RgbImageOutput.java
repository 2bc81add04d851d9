package mirage.dataset.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import mirage.core.image.RgbaImage;
import mirage.dataset.DatasetLayout;
import mirage.dataset.OwnedFiles;
import mirage.dataset.codec.JpegWriter;
import mirage.dataset.codec.PngWriter;
import mirage.effects.SensorEffectsFilter;

/**
 * {@code images/NNNNNN.png}, 8-bit RGB, or {@code .jpg} at the frame's drawn quality: the render as the sensor
 * effects leave it. Only this image sees the effects; every label is made from the render itself.
 */
final class RgbImageOutput extends FrameOutput {
    RgbImageOutput() {
        super("images", DatasetLayout.IMAGES, "png");
    }

    @Override public String fileName(FrameData frame) {
        return frame.label().fileName();
    }

    @Override public String namePattern() {
        return OwnedFiles.FRAME + "\\.(png|jpg)";
    }

    @Override public List<String> fileNames(int frame) {
        return List.of(DatasetLayout.imageName(frame, false), DatasetLayout.imageName(frame, true));
    }

    @Override public void write(FrameData frame, PngWriter png, OutputStream out) throws IOException {
        RgbaImage image = SensorEffectsFilter.apply(frame.render().color(), frame.effects());
        if (frame.effects().jpeg()) JpegWriter.write(image, frame.effects().jpegQuality(), out);
        else png.writeRgb(image, out);
    }
}
