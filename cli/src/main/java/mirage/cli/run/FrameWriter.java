package mirage.cli.run;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.FrameAnnotations;
import mirage.annotators.png.PngWriter;
import mirage.core.image.IdImage;
import mirage.renderer.RenderedFrame;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Scene;

/**
 * Turns one rendered frame into its files (image, instance and semantic masks, frame json) and its COCO records.
 * Pure with respect to its inputs: the same scene and pixels give the same bytes on any thread, in any order.
 * One instance per worker thread (it reuses a PNG encoder).
 */
final class FrameWriter implements AutoCloseable {
    /** Annotation ids are image_id * 2^16 + instance index: unique, >= 1, and independent of other frames. */
    static final long ANNOTATION_ID_STRIDE = 1L << 16;

    private final OutputDir out;
    private final FrameJson frameJson;
    private final ObjectWriter json;
    private final PngWriter png;

    FrameWriter(OutputDir out, FrameJson frameJson, ObjectWriter json, int pngLevel) {
        this.out = out;
        this.frameJson = frameJson;
        this.json = json;
        this.png = new PngWriter(pngLevel);
    }

    static long imageId(int frameIndex) {
        return frameIndex + 1L;
    }

    static long annotationId(long imageId, int instanceIndex) {
        return imageId * ANNOTATION_ID_STRIDE + instanceIndex;
    }

    FrameLabels write(Scene scene, RenderedFrame frame) {
        int i = scene.frameIndex();
        IdImage ids = frame.instances();
        int n = scene.instances().size();
        long imageId = imageId(i);
        String imageFile = OutputDir.frameName(i, "png");
        int[] categoryIds = scene.instances().stream().mapToInt(Instance::categoryId).toArray();
        List<CocoAnnotation> annotations = FrameAnnotations.of(ids, categoryIds, imageId, annotationId(imageId, 1));
        long[] visible = new long[n];
        Long[] annotationIds = new Long[n];
        for (CocoAnnotation a : annotations) {
            int k = (int) (a.id() - annotationId(imageId, 0));
            visible[k - 1] = a.area();
            annotationIds[k - 1] = a.id();
        }
        out.write(OutputDir.IMAGES + "/" + imageFile, o -> png.writeRgb(frame.color(), o));
        out.write(OutputDir.INSTANCE_MASKS + "/" + imageFile, o -> png.writeGray16(ids.width(), ids.height(), ids.ids(), o));
        int[] semantic = semantic(scene, ids);
        out.write(OutputDir.SEMANTIC_MASKS + "/" + imageFile, o -> png.writeGray16(ids.width(), ids.height(), semantic, o));
        var node = frameJson.build(scene, imageFile, imageId, visible, annotationIds);
        out.write(OutputDir.FRAMES + "/" + OutputDir.frameName(i, "json"), o -> json.writeValue(o, node));
        return new FrameLabels(new CocoImage(imageId, imageFile, ids.width(), ids.height()), annotations,
                annotations.size(), n);
    }

    @Override
    public void close() {
        png.close();
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

    /** What one frame contributes to the dataset-wide files. */
    record FrameLabels(CocoImage image, List<CocoAnnotation> annotations, int visibleInstances, int instances) {}
}
