package mirage.renderer;

import static mirage.renderer.AnalyticCubeRenderTest.CUBE_ONLY;
import static mirage.renderer.AnalyticCubeRenderTest.H;
import static mirage.renderer.AnalyticCubeRenderTest.K;
import static mirage.renderer.AnalyticCubeRenderTest.W;
import static mirage.renderer.AnalyticCubeRenderTest.convexHull;
import static mirage.renderer.AnalyticCubeRenderTest.hit;
import static mirage.renderer.AnalyticCubeRenderTest.scene;
import static mirage.renderer.AnalyticCubeRenderTest.segmentDistance;
import static mirage.renderer.AnalyticCubeRenderTest.wellConditioned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mirage.core.geom.Aabb;
import mirage.assets.AlphaMode;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.frame.RenderedFrame;
import mirage.core.image.CoverageImage;
import mirage.renderer.gpu.CoverageTarget;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.RenderSpec.Antialias;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * The coverage image against answers computed here: each pixel's sub-samples sit at {@code u - 0.5 + (i + 0.5) / G},
 * {@code v - 0.5 + (j + 0.5) / G} (OpenCV pixel coordinates, pixel centres at integers, G = {@link CoverageTarget#GRID});
 * a ray cast through each of them (as AnalyticCubeRenderTest casts through pixel centres) says which object it sees,
 * and the expected count is the number that see the pixel's owner in the rendered instance mask. Pixels with a
 * sub-sample within 0.02 px of a projected edge are left out of the exact comparison (llvmpipe snaps vertices to
 * 1/256 of a supersampled pixel); the area test bounds the rest.
 */
class CoverageRenderTest extends SharedRenderer {
    static final int G = CoverageTarget.GRID, N = G * G;

    /** What a ray along dir (camera axes, z = 1) sees first: an object's id, 0 for none. */
    interface RayScene {
        int id(Vector3d dir);
    }

    /** The sub-sample (i, j) of pixel (u, v), OpenCV pixel coordinates. */
    static double[] subSample(int u, int v, int i, int j) {
        return new double[] {u - 0.5 + (i + 0.5) / G, v - 0.5 + (j + 0.5) / G};
    }

    static Vector3d ray(double x, double y) {
        return new Vector3d((x - K.cx()) / K.fx(), (y - K.cy()) / K.fy(), 1);
    }

    /**
     * Compares every pixel whose sub-samples keep 0.02 px from every edge (margin(x, y) is the distance to the
     * nearest) with the ray-cast count of sub-samples seeing the pixel's owner; returns how many were compared.
     */
    static int assertCountsMatchRayCasts(RenderedFrame f, RayScene rays, java.util.function.ToDoubleBiFunction<Double, Double> margin) {
        CoverageImage c = f.coverage();
        int compared = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                int owner = f.instances().get(u, v), expected = 0;
                boolean clear = true;
                for (int j = 0; j < G; j++)
                    for (int i = 0; i < G; i++) {
                        double[] p = subSample(u, v, i, j);
                        clear &= margin.applyAsDouble(p[0], p[1]) > 0.02;
                        if (owner != 0 && rays.id(ray(p[0], p[1])) == owner) expected++;
                    }
                if (!clear) continue;
                assertEquals(expected, c.count(u, v), "sub-samples of instance " + owner + " at " + u + "," + v);
                compared++;
            }
        return compared;
    }

    /** The cube's projected corners' convex hull (its silhouette: the cube is convex and in front of the camera). */
    static List<double[]> outline(Matrix4d pose) {
        List<double[]> pts = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Vector3d x = pose.transformPosition(new Vector3d((c & 1) - 0.5, ((c >> 1) & 1) - 0.5, ((c >> 2) & 1) - 0.5));
            pts.add(new double[] {K.projectU(x.x, x.z), K.projectV(x.y, x.z)});
        }
        return convexHull(pts);
    }

    static double distanceToOutlines(double x, double y, List<List<double[]>> outlines) {
        double d = Double.POSITIVE_INFINITY;
        for (List<double[]> hull : outlines)
            for (int e = 0; e < hull.size(); e++) d = Math.min(d, segmentDistance(x, y, hull.get(e), hull.get((e + 1) % hull.size())));
        return d;
    }

    static RayScene cubes(Matrix4d... poses) {
        return dir -> {
            double best = Double.POSITIVE_INFINITY;
            int id = 0;
            for (int k = 0; k < poses.length; k++) {
                double t = hit(poses[k], dir);
                if (t < best) {
                    best = t;
                    id = k + 1;
                }
            }
            return id;
        };
    }

    /** (a) interior pixels 1 exactly, background 0, and the coverage is above 0 exactly where the mask has an instance. */
    @Test
    void interiorIsWholeBackgroundIsZeroAndCoverageFollowsTheMask() {
        Matrix4d pose = wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), pose), CUBE_ONLY, true);
        CoverageImage c = f.coverage();
        assertEquals(N, c.samples());
        List<double[]> hull = outline(pose);
        int interior = 0, outside = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                assertEquals(f.instances().get(u, v) != 0, c.count(u, v) > 0, "coverage > 0 iff masked, at " + u + "," + v);
                double area = PixelArea.inside(hull, u, v);
                if (area == 1) {
                    assertEquals(N, c.count(u, v), "interior pixel " + u + "," + v);
                    assertEquals(1.0, c.fraction(u, v));
                    interior++;
                } else if (area == 0) {
                    assertEquals(0, c.count(u, v), "background pixel " + u + "," + v);
                    outside++;
                }
            }
        assertTrue(interior > 300 && outside > 1000, interior + " interior, " + outside + " outside");
        int compared = assertCountsMatchRayCasts(f, cubes(pose), (x, y) -> distanceToOutlines(x, y, List.of(hull)));
        assertTrue(compared > W * H * 0.8, compared + " pixels compared exactly");
    }

    /**
     * (b) Along the straight edges of the projected outline (pixels crossed by one edge and holding no corner), the
     * coverage of a pixel the cube owns (its centre inside) is the exact area of the pixel inside the edge within 1/(2 G) + 0.01: a sub-sample column of G samples
     * misses at most half a sample's height against the area of its strip, and the strips' errors add up to at most
     * 1/(2 G) of the pixel (an edge parallel to the sample rows reaches it). Over all such pixels the mean error must
     * be below 1/N, which a grid shifted by half a sub-pixel would fail.
     */
    @Test
    void edgePixelsCoverTheAreaInsideTheProjectedEdge() {
        Matrix4d pose = wellConditioned(-0.05, 0.04, 3.3, 0.3, -0.6, 0.45);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), pose), CUBE_ONLY, true);
        List<double[]> hull = outline(pose);
        int edgePixels = 0;
        double errorSum = 0;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                if (PixelArea.edgesCrossing(hull, u, v) != 1 || PixelArea.holdsCorner(hull, u, v)) continue;
                if (f.instances().get(u, v) == 0) {   // the centre is outside: the pixel has no owner to cover it
                    assertEquals(0, f.coverage().count(u, v), "unowned pixel " + u + "," + v);
                    continue;
                }
                double area = PixelArea.inside(hull, u, v), fraction = f.coverage().fraction(u, v);
                double error = Math.abs(fraction - area);
                assertTrue(error <= 1.0 / (2 * G) + 0.01, "pixel " + u + "," + v + ": coverage " + fraction + ", area " + area);
                errorSum += error;
                edgePixels++;
            }
        assertTrue(edgePixels > 60, edgePixels + " edge pixels");
        assertTrue(errorSum / edgePixels < 1.0 / N, "mean error " + errorSum / edgePixels);
    }

    /** (c) Where one cube hides another, a pixel's coverage counts its owner's sub-samples only. */
    @Test
    void overlappingInstancesCountTheOwnerOnly() {
        Matrix4d front = wellConditioned(-0.1, 0.05, 3.1, 0.3, 0.4, 0.1);
        Matrix4d back = wellConditioned(0.45, -0.1, 4.2, 0.9, 0.2, 0.6);
        RenderedFrame f = renderer.render(scene(new Rgb(0, 0, 0), front, back), CUBE_ONLY, true);
        List<List<double[]>> outlines = List.of(outline(front), outline(back));
        RayScene rays = cubes(front, back);
        assertTrue(assertCountsMatchRayCasts(f, rays, (x, y) -> distanceToOutlines(x, y, outlines)) > W * H * 0.8);
        int shared = 0;   // pixels every sub-sample of which sees a cube, but not all the owner
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                int owner = f.instances().get(u, v);
                if (owner == 0) continue;
                boolean allCube = true, mixed = false;
                for (int j = 0; j < G; j++)
                    for (int i = 0; i < G; i++) {
                        double[] p = subSample(u, v, i, j);
                        int id = rays.id(ray(p[0], p[1]));
                        allCube &= id != 0;
                        mixed |= id != owner;
                    }
                if (allCube && mixed && distanceToOutlines(u, v, List.of(outlines.get(0))) < 0.5) {
                    assertTrue(f.coverage().count(u, v) < N, "the other cube's sub-samples are not the owner's at " + u + "," + v);
                    shared++;
                }
            }
        assertTrue(shared > 5, shared + " pixels where both cubes meet");
    }

    /**
     * (d) An alpha-masked (MASK) plane, its texture's left half cut out, in front of a cube: the plane's cut-out
     * sub-samples see the cube, so along the seam each pixel counts only the sub-samples of its owner there.
     */
    @Test
    void cutOutSubSamplesDoNotCount() {
        float z = 2, size = 1.2f;
        byte[] rgba = new byte[4 * 16 * 16];
        for (int t = 0; t < 256; t++) {
            rgba[4 * t] = rgba[4 * t + 1] = rgba[4 * t + 2] = (byte) 255;
            rgba[4 * t + 3] = (byte) (t % 16 < 8 ? 0 : 255);
        }
        Path planePath = Path.of("/analytic/coverage-plane");
        MaterialData material = new MaterialData(new float[] {0.3f, 0.3f, 0.3f, 1}, "plane", 0, 1, new float[3], 1, 1,
                AlphaMode.MASK, 0.5f, new MaterialData.Textures(new TextureData(16, 16, rgba, "halves"), null, null, null, null, null));
        float[] pos = {-0.5f, -0.5f, 0, 0.5f, -0.5f, 0, 0.5f, 0.5f, 0, -0.5f, 0.5f, 0};
        float[] nrm = {0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1};
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        Model plane = new Model(planePath, List.of(new MeshData(pos, nrm, uv, null, new int[] {0, 2, 1, 0, 3, 2}, 0)),
                List.of(material), new Aabb(new Vector3f(-0.5f, -0.5f, 0), new Vector3f(0.5f, 0.5f, 0)));
        Instance p = new Instance(1, 1, "plane", planePath, new Matrix4f().translation(0, 0, z).scale(size), Material.ASSET);
        Instance cube = new Instance(2, 1, "cube", UnitCube.PATH, new Matrix4f().translation(0, 0, 3.5f).scale(2), Material.ASSET);
        Scene base = scene(new Rgb(0, 0, 0));
        Scene s = new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(p, cube), base.lights(), base.ambient(), base.background());
        RenderedFrame f = renderer.render(s, new TestAssets(Map.of(planePath, plane, UnitCube.PATH, UnitCube.model(1, 0, 0))), true);
        double half = size / 2;
        RayScene rays = dir -> {
            double x = dir.x * z, y = dir.y * z;
            if (Math.abs(x) <= half && Math.abs(y) <= half && x >= 0) return 1;   // the plane's kept half
            return Math.abs(dir.x * 2.5) <= 1 && Math.abs(dir.y * 2.5) <= 1 ? 2 : 0;   // the cube's front face
        };
        double[] us = {K.cx(), K.cx() - K.fx() * half / z, K.cx() + K.fx() * half / z, K.cx() - K.fx() / 2.5, K.cx() + K.fx() / 2.5};
        double[] vs = {K.cy() - K.fy() * half / z, K.cy() + K.fy() * half / z, K.cy() - K.fy() / 2.5, K.cy() + K.fy() / 2.5};
        int compared = assertCountsMatchRayCasts(f, rays, (x, y) -> {
            double d = Double.POSITIVE_INFINITY;
            for (double b : us) d = Math.min(d, Math.abs(x - b));
            for (double b : vs) d = Math.min(d, Math.abs(y - b));
            return d;
        });
        assertTrue(compared > W * H / 2, compared + " pixels compared");
        int seam = (int) Math.round(K.cx()), seamRows = 0;   // the column holding the seam, with its centre left of it
        assertTrue(seam < K.cx() && K.cx() - seam < 0.5 - 0.5 / G);
        for (int v = 20; v <= 50; v++) {
            assertEquals(2, f.instances().get(seam, v), "the seam pixel's centre is cut out: the cube owns it");
            int cubeColumns = (int) Math.ceil((K.cx() - (seam - 0.5)) * G - 0.5);   // sub-sample columns left of the seam
            assertEquals(cubeColumns * G, f.coverage().count(seam, v), "row " + v);
            assertTrue(f.coverage().count(seam, v) < N);
            seamRows++;
        }
        assertEquals(31, seamRows);
    }

    /** Labels and colour do not change when coverage is asked for, and coverage does not change with anti-aliasing. */
    @Test
    void coverageChangesNothingElseAndIgnoresAntialiasing() {
        Scene s = scene(new Rgb(0.2f, 0.4f, 0.6f), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2));
        RenderedFrame off = renderer.render(s, CUBE_ONLY);
        RenderedFrame on = renderer.render(s, CUBE_ONLY, true);
        assertNull(off.coverage());
        assertArrayEquals(off.color().rgba(), on.color().rgba());
        assertArrayEquals(off.instances().ids(), on.instances().ids());
        assertArrayEquals(off.depth().metres(), on.depth().metres());
        assertArrayEquals(off.normals().rgba(), on.normals().rgba());
        RenderedFrame ssaa = renderer.render(s.withAntialias(Antialias.SSAA2), CUBE_ONLY, true);
        assertArrayEquals(on.coverage().counts(), ssaa.coverage().counts());
    }
}
