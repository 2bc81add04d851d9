package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mirage.assets.AssetSource;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.image.IdImage;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/**
 * Unit cubes at known poses under a known pinhole camera: the expected instance mask is computed independently
 * by casting a ray through every pixel centre (OpenCV projection, double precision) and intersecting it with each
 * cube; the nearest hit owns the pixel. Poses are chosen well conditioned (no pixel centre within 0.01 px of a
 * silhouette edge), so the rendered mask must match exactly. An axis-aligned cube gives a box computed by hand.
 */
class AnalyticCubeRenderTest extends SharedRenderer {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    static final AssetSource CUBE_ONLY = new AssetSource() {
        final Model cube = UnitCube.model(0.8f, 0.3f, 0.2f);

        @Override
        public Model model(Path file) {
            return cube;
        }

        @Override
        public TextureData image(Path file) {
            throw new AssertionError("no images in this test");
        }
    };

    static Matrix4d pose(double tx, double ty, double tz, double rx, double ry, double rz) {
        return new Matrix4d().translation(tx, ty, tz).rotateZ(rz).rotateY(ry).rotateX(rx);
    }

    static Scene scene(Rgb background, Matrix4d... poses) {
        List<Instance> instances = new java.util.ArrayList<>();
        for (int k = 0; k < poses.length; k++)
            instances.add(new Instance(k + 1, 1, "cube", UnitCube.PATH, new Matrix4f(poses[k]), Material.ASSET));
        Light sun = Light.directional(new Vector3f(0.3f, 0.5f, 1f).normalize(), new Rgb(2, 2, 2), false);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, instances, List.of(sun), new Rgb(0.2f, 0.2f, 0.2f),
                new Background.Solid(background));
    }

    /** Expected ids by ray casting, and the smallest distance of any pixel centre to any projected cube edge. */
    static int[] rayCast(Matrix4d... poses) {
        int[] ids = new int[W * H];
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                Vector3d dir = new Vector3d((u - K.cx()) / K.fx(), (v - K.cy()) / K.fy(), 1);
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < poses.length; k++) {
                    double t = hit(poses[k], dir);
                    if (t < best) {
                        best = t;
                        ids[v * W + u] = k + 1;
                    }
                }
            }
        }
        return ids;
    }

    /** Ray from the camera origin along dir against a posed unit cube (slab test in model space); +inf on miss. */
    static double hit(Matrix4d pose, Vector3d dir) {
        Matrix4d inv = pose.invert(new Matrix4d());
        Vector3d o = inv.transformPosition(new Vector3d());
        Vector3d d = inv.transformDirection(new Vector3d(dir));
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            double lo = (-0.5 - o.get(a)) / d.get(a), hi = (0.5 - o.get(a)) / d.get(a);
            t0 = Math.max(t0, Math.min(lo, hi));
            t1 = Math.min(t1, Math.max(lo, hi));
        }
        return t0 <= t1 ? t0 : Double.POSITIVE_INFINITY;
    }

    /** Minimum distance, in pixels, from any pixel centre to the cube's projected outline (convex hull). */
    static double edgeMargin(Matrix4d pose) {
        return edgeMargin(pose, 0, W, 0, H);
    }

    /** The same over pixel centres u in [u0, u1), v in [v0, v1), which may reach beyond the image. */
    static double edgeMargin(Matrix4d pose, int u0, int u1, int v0, int v1) {
        List<double[]> pts = new java.util.ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Vector3d x = pose.transformPosition(new Vector3d((c & 1) - 0.5, ((c >> 1) & 1) - 0.5, ((c >> 2) & 1) - 0.5));
            pts.add(new double[] {K.projectU(x.x, x.z), K.projectV(x.y, x.z)});
        }
        List<double[]> hull = convexHull(pts);
        double margin = Double.POSITIVE_INFINITY;
        for (int e = 0; e < hull.size(); e++)
            for (int v = v0; v < v1; v++)
                for (int u = u0; u < u1; u++)
                    margin = Math.min(margin, segmentDistance(u, v, hull.get(e), hull.get((e + 1) % hull.size())));
        return margin;
    }

    /** Andrew's monotone chain. */
    static List<double[]> convexHull(List<double[]> pts) {
        pts.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double[][] h = new double[2 * pts.size()][];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int i = 0; i < pts.size(); i++) {
                double[] p = pts.get(pass == 0 ? i : pts.size() - 1 - i);
                while (k >= start + 2 && cross(h[k - 2], h[k - 1], p) <= 0) k--;
                h[k++] = p;
            }
            k--;
        }
        return java.util.Arrays.asList(java.util.Arrays.copyOf(h, k));
    }

    static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * The first pose, moving the cube away in 1 mm steps, whose outline keeps every pixel centre at least
     * 0.01 px away (llvmpipe snaps vertices to 1/256 px): deterministic, and exact comparison is then fair.
     */
    static Matrix4d wellConditioned(double tx, double ty, double tz, double rx, double ry, double rz) {
        return wellConditioned(tx, ty, tz, rx, ry, rz, 0, W, 0, H);
    }

    static Matrix4d wellConditioned(double tx, double ty, double tz, double rx, double ry, double rz,
                                    int u0, int u1, int v0, int v1) {
        for (int step = 0; step < 400; step++) {
            Matrix4d p = pose(tx, ty, tz + 0.001 * step, rx, ry, rz);
            if (edgeMargin(p, u0, u1, v0, v1) > 0.01) return p;
        }
        throw new AssertionError("no well-conditioned pose found");
    }

    static double segmentDistance(double x, double y, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
    }

    static int[] box(int[] ids, int id) {
        int x0 = W, y0 = H, x1 = -1, y1 = -1;
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++)
                if (ids[v * W + u] == id) {
                    x0 = Math.min(x0, u); y0 = Math.min(y0, v); x1 = Math.max(x1, u); y1 = Math.max(y1, v);
                }
        return new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    @Test
    void singleCubeMaskAndBoxMatchTheRayCastProjection() {
        Matrix4d pose = wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2);
        IdImage ids = renderer.render(scene(new Rgb(0.2f, 0.4f, 0.6f), pose), CUBE_ONLY).instances();
        int[] expected = rayCast(pose);
        assertTrue(java.util.Arrays.stream(expected).filter(i -> i == 1).count() > 300, "cube should cover many pixels");
        assertArrayEquals(expected, ids.ids());
        assertArrayEquals(box(expected, 1), box(ids.ids(), 1));
    }

    /**
     * A cube facing the camera on the optical axis shows only its front face, at depth 3.5 - 0.5 = 3 m:
     * half-width fx * 0.5 / 3 = 20 px exactly with fx = 120, centred on (47.5, 35.5): the edges fall at
     * u = 27.5 and 67.5, v = 15.5 and 55.5 (pixel borders), so columns 28..67 and rows 16..55 are covered.
     */
    @Test
    void axisAlignedCubeCoversTheHandComputedSquare() {
        CameraIntrinsics k = new CameraIntrinsics(W, H, 120, 120, 47.5, 35.5);
        Scene s = scene(new Rgb(0, 0, 0), pose(0, 0, 3.5, 0, 0, 0));
        s = new Scene(0, k, s.worldToCamera(), s.near(), s.far(), s.instances(), s.lights(), s.ambient(), s.background());
        int[] ids = renderer.render(s, CUBE_ONLY).instances().ids();
        assertArrayEquals(new int[] {28, 16, 40, 40}, box(ids, 1));
        assertEquals(1600, java.util.Arrays.stream(ids).filter(i -> i == 1).count());
    }

    @Test
    void nearerCubeOwnsTheOverlap() {
        Matrix4d front = wellConditioned(-0.31, 0.05, 3.1, 0.3, 0.4, 0.1);
        Matrix4d back = wellConditioned(0.37, -0.12, 4.7, 0.9, 0.2, 0.6);
        int[] expected = rayCast(front, back);
        int[] actual = renderer.render(scene(new Rgb(0, 0, 0), front, back), CUBE_ONLY).instances().ids();
        assertArrayEquals(expected, actual);
        long both = java.util.Arrays.stream(expected).filter(i -> i == 2).count();
        assertTrue(both > 50, "back cube must stay partly visible");
    }

    @Test
    void backgroundPixelsAreTheSolidColourBytes() {
        var frame = renderer.render(scene(new Rgb(0.2f, 0.4f, 0.6f), pose(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY);
        int bg = frame.color().rgb(0, 0);
        assertEquals(0x336699, bg, Integer.toHexString(bg));   // round(255 * 0.2, 0.4, 0.6) = 51, 102, 153
        assertEquals(0, frame.instances().get(0, 0));
    }

    @Test
    void sameSceneTwiceGivesIdenticalBytes() {
        Scene s = scene(new Rgb(0.2f, 0.4f, 0.6f), pose(0.11, -0.07, 3.9, 0.5, 0.7, 0.2), pose(-0.5, 0.2, 5, 1, 2, 3));
        var a = renderer.render(s, CUBE_ONLY);
        var b = renderer.render(s, CUBE_ONLY);
        assertArrayEquals(a.color().rgba(), b.color().rgba());
        assertArrayEquals(a.instances().ids(), b.instances().ids());
    }
}
