package mirage.cli.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mirage.annotators.depth.DepthPng;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.FrameLabelJson;
import mirage.annotators.png.PngWriter;
import mirage.cli.labels.FrameLabeler;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;
import mirage.effects.JpegWriter;
import mirage.effects.SensorEffectsFilter;
import mirage.renderer.RenderedFrame;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.sampling.PlacementReport;
import mirage.scenes.spec.OutputsSpec;

/**
 * Turns one rendered frame into its files: image, instance and semantic masks, depth and normals (as the spec's
 * outputs ask), and last the frame record, whose presence marks the frame done. Pure with respect to its inputs:
 * the same scene and pixels give the same bytes on any thread, in any order. One instance per worker thread; the
 * labeller and outputs come with each frame, since each split has its own.
 */
final class FrameWriter implements AutoCloseable {
    private final OutputDir out;
    private final PngWriter png;

    FrameWriter(OutputDir out, int pngLevel) {
        this.out = out;
        this.png = new PngWriter(pngLevel);
    }

    void write(FrameSample sample, RenderedFrame frame, FrameLabeler labeler, OutputsSpec outputs) {
        Scene scene = sample.scene();
        int i = scene.frameIndex();
        DepthFiles depth = new DepthFiles(out, outputs, png);
        String maskFile = OutputDir.frameName(i, "png");
        SensorEffects fx = scene.effects();
        String imageFile = fx.jpeg() ? OutputDir.frameName(i, "jpg") : maskFile;
        DepthPng.Encoded depthUnits = depth.encode(i, frame.depth());
        ObjectNode flags = JsonNodeFactory.instance.objectNode();
        if (depthUnits != null && depthUnits.clampedPixels() > 0) flags.put("depth_clamped_pixels", depthUnits.clampedPixels());
        if (!sample.placement().equals(PlacementReport.NONE)) flags.set("placement", placement(sample.placement()));
        FrameLabel label = labeler.label(scene, frame, imageFile, flags);
        IdImage ids = frame.instances();
        RgbaImage image = SensorEffectsFilter.apply(frame.color(), fx);   // the RGB image only: labels see the render
        out.write(OutputDir.IMAGES + "/" + imageFile,
                o -> { if (fx.jpeg()) JpegWriter.write(image, fx.jpegQuality(), o); else png.writeRgb(image, o); });
        out.write(OutputDir.INSTANCE_MASKS + "/" + maskFile, o -> png.writeGray16(ids.width(), ids.height(), ids.ids(), o));
        int[] semantic = semantic(scene, ids);
        out.write(OutputDir.SEMANTIC_MASKS + "/" + maskFile, o -> png.writeGray16(ids.width(), ids.height(), semantic, o));
        depth.write(i, frame.depth(), depthUnits);
        if (outputs.normals()) out.write(OutputDir.NORMALS + "/" + maskFile, o -> png.writeRgb(frame.normals(), o));
        out.write(FrameLabelJson.FOLDER + "/" + OutputDir.frameName(i, "json"), o -> FrameLabelJson.write(label, o));
    }

    /** What collision-free placement did: the objects it left out and how many redraws it took. */
    private static ObjectNode placement(PlacementReport report) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        var dropped = n.putArray("dropped");
        for (PlacementReport.Dropped d : report.dropped()) dropped.addObject().put("entry", d.entry()).put("instance", d.instance());
        n.put("redraws", report.redraws());
        return n;
    }

    /** Category id per pixel: the id of the instance covering it, 0 for background. */
    private static int[] semantic(Scene scene, IdImage ids) {
        int[] categoryOf = new int[scene.instances().size() + 1];
        for (Instance inst : scene.instances()) categoryOf[inst.index()] = inst.categoryId();
        int[] src = ids.ids();
        int[] dst = new int[src.length];
        for (int p = 0; p < src.length; p++) dst[p] = categoryOf[src[p]];
        return dst;
    }

    @Override
    public void close() {
        png.close();
    }
}
