package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mirage.annotators.coco.CocoAnnotation;
import mirage.annotators.coco.CocoDataset;
import mirage.annotators.coco.CocoImage;
import mirage.annotators.coco.CocoReader;
import mirage.annotators.labels.FrameLabel;
import mirage.annotators.labels.InstanceLabel;
import mirage.annotators.labels.MasksLabel;
import mirage.annotators.mask.PixelBox;
import mirage.annotators.rle.CocoRle;
import mirage.assets.AssetLibrary;
import mirage.assets.MeshData;
import mirage.dataset.DatasetReader;

/**
 * The independent label checks of a rendered dataset, each answer computed from the pixels or the asset's vertices,
 * not from the labeller: COCO masks against the instance PNG, poses against visible pixels and amodal boxes,
 * amodal against visible masks, depth and normals against the masks. Used on the bundled examples.
 *
 * @param out      the dataset folder
 * @param specDir  the folder the records' asset paths are relative to
 */
record LabelChecks(Path out, Path specDir) {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every COCO mask equals its instance's pixels in the instance PNG; box and area come from the same pixels. Returns the annotations checked. */
    int cocoMasksEqualTheInstancePngPixels() throws Exception {
        CocoDataset coco = new CocoReader().read(out.resolve("annotations/instances.json"));
        Map<Long, List<CocoAnnotation>> byImage = new HashMap<>();
        for (CocoAnnotation a : coco.annotations()) byImage.computeIfAbsent(a.imageId(), k -> new ArrayList<>()).add(a);
        int checked = 0;
        for (CocoImage img : coco.images()) {
            int[] ids = gray16(out.resolve("masks/instance/" + img.fileName()));
            int[] sem = gray16(out.resolve("masks/semantic/" + img.fileName()));
            JsonNode frame = JSON.readTree(out.resolve("frames/" + img.fileName().replace(".png", ".json")).toFile());
            Map<Long, CocoAnnotation> anns = new HashMap<>();
            for (CocoAnnotation a : byImage.getOrDefault(img.id(), List.of())) anns.put(a.id(), a);
            int[] categoryOf = new int[frame.get("instances").size() + 1];
            for (JsonNode inst : frame.get("instances")) {
                int k = inst.get("index").asInt();
                categoryOf[k] = inst.get("category_id").asInt();
                long pixels = countOf(ids, k);
                assertEquals(pixels, inst.get("visible_pixels").asLong());
                if (inst.get("annotation_id").isNull()) {
                    assertEquals(0, pixels, "an instance without annotation has no pixel");
                    continue;
                }
                CocoAnnotation a = anns.remove(inst.get("annotation_id").asLong());
                assertNotNull(a, "annotation " + inst.get("annotation_id"));
                boolean[] mask = CocoRle.decode(a.segmentation());
                for (int p = 0; p < ids.length; p++) assertEquals(ids[p] == k, mask[p], "pixel " + p + " of instance " + k);
                assertEquals(pixels, a.area());
                assertEquals(CocoRle.bbox(a.segmentation()).orElseThrow(), a.bbox());
                assertEquals(inst.get("category_id").asInt(), a.categoryId());
                checked++;
            }
            assertTrue(anns.isEmpty(), "every annotation belongs to an instance");
            for (int p = 0; p < ids.length; p++) {
                assertTrue(ids[p] < categoryOf.length, "only known instance ids");
                assertEquals(categoryOf[ids[p]], sem[p], "semantic mask = category of the instance");
            }
        }
        return checked;
    }

    /**
     * The recorded matrices are the ones the renderer used: projecting the asset's vertices with model_to_world,
     * world_to_camera and K gives a box that contains every visible pixel of the instance (to within a pixel).
     */
    void recordedPosesProjectOntoTheVisiblePixels() throws Exception {
        AssetLibrary assets = new AssetLibrary();
        for (FrameLabel f : DatasetReader.open(out).records()) {
            int[] ids = gray16(out.resolve("masks/instance/" + f.fileName()));
            int w = f.camera().width();
            for (InstanceLabel inst : f.instances()) {
                double[] m2c = multiply(f.camera().worldToCamera(), inst.pose().modelToWorld());
                double[] box = projectedEdgeBox(assets, f, inst, m2c);
                for (int p = 0; p < ids.length; p++) {
                    if (ids[p] != inst.index()) continue;
                    double x = p % w + 0.5, y = p / w + 0.5;   // pixel centre, edge coordinates
                    assertTrue(x >= box[0] - 1 && x <= box[2] + 1 && y >= box[1] - 1 && y <= box[3] + 1,
                            "frame " + f.frame() + " instance " + inst.index() + " pixel " + p + " outside projected box");
                }
            }
        }
    }

    /** Visible pixels are a subset of the amodal ones; counts, boxes and visibility agree with the masks. Returns the unoccluded, untruncated instances. */
    int amodalLabelsContainTheVisibleOnes() {
        int unoccluded = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                MasksLabel masks = inst.masks();
                if (masks.visible().pixels() == 0) continue;
                boolean[] vis = CocoRle.decode(masks.visible().rle()), amo = CocoRle.decode(masks.amodal().rle());
                for (int p = 0; p < vis.length; p++) assertTrue(!vis[p] || amo[p], "visible pixel outside the amodal mask");
                PixelBox v = masks.visible().box(), a = masks.amodal().box();
                assertTrue(v.x() >= a.x() && v.y() >= a.y() && v.x() + v.w() <= a.x() + a.w() && v.y() + v.h() <= a.y() + a.h());
                assertEquals((double) masks.visible().pixels() / masks.amodal().pixels(), inst.visibility().visibility(), 1e-12);
                if (inst.visibility().visibility() == 1.0 && inst.visibility().truncation() == 0.0) {
                    assertEquals(a, v, "unoccluded, untruncated: amodal box == visible box");
                    unoccluded++;
                }
            }
        }
        return unoccluded;
    }

    /**
     * The asset's geometry, projected with the recorded model_to_camera and K, gives the amodal box, for every
     * instance whose projection lies inside the image: the box of the pixel centres that some projected triangle
     * covers (the rasterizer's rule: a pixel belongs to a triangle when its centre does) equals the amodal box within
     * one pixel (edge ties), and the amodal box lies within the projected vertices' box (one pixel of slack). The
     * vertices' box itself can be wider than the mask by more than a pixel only where a part is thinner than a pixel
     * at its extremity (a flag's cloth seen edge-on) and no pixel centre falls inside it. Returns the instances checked.
     */
    int projectedVerticesLandOnTheAmodalBox() {
        AssetLibrary assets = new AssetLibrary();
        int checked = 0;
        for (FrameLabel f : DatasetReader.open(out).records()) {
            for (InstanceLabel inst : f.instances()) {
                double[] m = inst.pose().modelToCamera();
                double[] box = projectedEdgeBox(assets, f, inst, m);
                double x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
                PixelBox a = inst.masks().amodal().box();
                if (x0 < 0 || y0 < 0 || x1 > f.camera().width() || y1 > f.camera().height() || a == null) continue;
                String what = f.fileName() + " instance " + inst.index() + " (" + inst.category() + ")";
                int[] centres = coveredCentreBox(assets, f, inst, m);
                assertEquals(centres[0], a.x(), 1.0, what + ": left");
                assertEquals(centres[1], a.y(), 1.0, what + ": top");
                assertEquals(centres[2], a.x() + a.w(), 1.0, what + ": right");
                assertEquals(centres[3], a.y() + a.h(), 1.0, what + ": bottom");
                assertTrue(a.x() >= x0 - 1 && a.y() >= y0 - 1 && a.x() + a.w() <= x1 + 1 && a.y() + a.h() <= y1 + 1,
                        what + ": the amodal box lies within the projected vertices'");
                assertEquals(0.0, inst.visibility().truncation());
                checked++;
            }
        }
        return checked;
    }

    /**
     * The box [x0, y0, x1, y1] (pixel edges) of the pixels whose centres lie inside some triangle of the asset
     * projected with the row-major model-to-camera matrix {@code m} (every vertex in front of the camera: the
     * callers check instances inside the image); edges count as inside.
     */
    int[] coveredCentreBox(AssetLibrary assets, FrameLabel f, InstanceLabel inst, double[] m) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        double fx = f.camera().fx(), fy = f.camera().fy(), px = f.camera().cx() + 0.5, py = f.camera().cy() + 0.5;
        for (MeshData mesh : assets.model(specDir.resolve(inst.asset())).meshes()) {
            float[] p = mesh.positions();
            int n = p.length / 3;
            double[] u = new double[n], v = new double[n];
            for (int i = 0; i < n; i++) {
                double cx = m[0] * p[3 * i] + m[1] * p[3 * i + 1] + m[2] * p[3 * i + 2] + m[3];
                double cy = m[4] * p[3 * i] + m[5] * p[3 * i + 1] + m[6] * p[3 * i + 2] + m[7];
                double cz = m[8] * p[3 * i] + m[9] * p[3 * i + 1] + m[10] * p[3 * i + 2] + m[11];
                u[i] = fx * cx / cz + px;
                v[i] = fy * cy / cz + py;
            }
            int[] t = mesh.indices();
            for (int k = 0; k + 2 < t.length; k += 3) {
                int a = t[k], b = t[k + 1], c = t[k + 2];
                double area = (u[b] - u[a]) * (v[c] - v[a]) - (u[c] - u[a]) * (v[b] - v[a]);
                if (area == 0) continue;
                int i0 = (int) Math.floor(Math.min(u[a], Math.min(u[b], u[c])) - 0.5), i1 = (int) Math.ceil(Math.max(u[a], Math.max(u[b], u[c])) - 0.5);
                int j0 = (int) Math.floor(Math.min(v[a], Math.min(v[b], v[c])) - 0.5), j1 = (int) Math.ceil(Math.max(v[a], Math.max(v[b], v[c])) - 0.5);
                for (int j = j0; j <= j1; j++)
                    for (int i = i0; i <= i1; i++) {
                        double x = i + 0.5, y = j + 0.5;
                        double w0 = ((u[b] - u[a]) * (y - v[a]) - (x - u[a]) * (v[b] - v[a])) * Math.signum(area);
                        double w1 = ((u[c] - u[b]) * (y - v[b]) - (x - u[b]) * (v[c] - v[b])) * Math.signum(area);
                        double w2 = ((u[a] - u[c]) * (y - v[c]) - (x - u[c]) * (v[a] - v[c])) * Math.signum(area);
                        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
                        box[0] = Math.min(box[0], i);
                        box[1] = Math.min(box[1], j);
                        box[2] = Math.max(box[2], i + 1);
                        box[3] = Math.max(box[3], j + 1);
                    }
            }
        }
        return box;
    }

    /** Depth and normals cover exactly the pixels some instance covers, with depths between the given millimetres. */
    void depthAndNormalsCoverExactlyTheObjects(int minMm, int maxMm) throws Exception {
        for (FrameLabel f : DatasetReader.open(out).records()) {
            String n = f.fileName();
            int[] ids = gray16(out.resolve("masks/instance/" + n));
            int[] depth = gray16(out.resolve("depth/" + n));
            BufferedImage normals = ImageIO.read(out.resolve("normals/" + n).toFile());
            for (int p = 0; p < ids.length; p++) {
                int rgb = normals.getRGB(p % normals.getWidth(), p / normals.getWidth()) & 0xffffff;
                assertEquals(ids[p] == 0, depth[p] == 0, "depth at pixel " + p);
                assertEquals(ids[p] == 0, rgb == 0, "normal at pixel " + p);
                if (ids[p] != 0) assertTrue(depth[p] > minMm && depth[p] < maxMm, "depth in mm: " + depth[p]);
            }
        }
    }

    /** Row-major 4x4 product a * b. */
    static double[] multiply(double[] a, double[] b) {
        double[] c = new double[16];
        for (int r = 0; r < 4; r++)
            for (int col = 0; col < 4; col++)
                for (int k = 0; k < 4; k++) c[r * 4 + col] += a[r * 4 + k] * b[k * 4 + col];
        return c;
    }

    /**
     * The box [x0, y0, x1, y1] in pixel-edge coordinates of the asset's vertices projected with a row-major
     * model-to-camera matrix and the frame's intrinsics, skipping vertices behind the camera.
     */
    double[] projectedEdgeBox(AssetLibrary assets, FrameLabel f, InstanceLabel inst, double[] m) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (MeshData mesh : assets.model(specDir.resolve(inst.asset())).meshes()) {
            float[] p = mesh.positions();
            for (int i = 0; i < p.length; i += 3) {
                double cx = m[0] * p[i] + m[1] * p[i + 1] + m[2] * p[i + 2] + m[3];
                double cy = m[4] * p[i] + m[5] * p[i + 1] + m[6] * p[i + 2] + m[7];
                double cz = m[8] * p[i] + m[9] * p[i + 1] + m[10] * p[i + 2] + m[11];
                if (cz <= 0) continue;
                double u = f.camera().fx() * cx / cz + f.camera().cx() + 0.5, v = f.camera().fy() * cy / cz + f.camera().cy() + 0.5;
                box[0] = Math.min(box[0], u);
                box[1] = Math.min(box[1], v);
                box[2] = Math.max(box[2], u);
                box[3] = Math.max(box[3], v);
            }
        }
        return box;
    }

    static long countOf(int[] ids, int k) {
        long n = 0;
        for (int v : ids) if (v == k) n++;
        return n;
    }

    static int[] gray16(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_USHORT_GRAY, img.getType(), png + " is 16-bit grey");
        Raster r = img.getRaster();
        int[] out = new int[img.getWidth() * img.getHeight()];
        r.getSamples(0, 0, img.getWidth(), img.getHeight(), 0, out);
        return out;
    }
}
