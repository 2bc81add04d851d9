package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mirage.assets.AlphaMode;
import mirage.assets.MaterialData;
import mirage.assets.MeshData;
import mirage.assets.Model;
import mirage.assets.TextureData;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.Aabb;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.model.Background;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PBR maps on a camera-facing plane, against values computed here from the maps' bytes and the shading model
 * ({@link Shading}): a uniform normal map tilts the plane's shading normal as the tangent frame says (u along +x,
 * the image's top along -y, so tangent +x and bitangent -y), for the asset's own normal map and a texture set's,
 * with the set's roughness map; the normals image shows the tilted normal; occlusion and emission add up as
 * documented. Alpha cut-outs (MASK at its cutoff, BLEND
 * at 0.5) leave a pixel to what is behind it: in no mask of the cut-out instance, amodal ones included.
 */
class PbrMapsRenderTest extends SharedRenderer {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.21, 35.37);
    /** Renderers keep models by path: each plane model gets a path of its own. */
    static int planes;
    Path planePath = Path.of("/analytic/plane");
    static final float Z = 2, SIZE = 1.2f;
    static final float[] LIGHT_DIR = {0.3f, -0.2f, 1f};
    static final double AMBIENT = 0.05, RADIANCE = 1;
    static final float GREY = 0.3f;   // linear base colour factor

    @TempDir
    Path dir;

    /** A unit square in the model's z = 0 plane facing -z (the camera), uv = (x + 0.5, y + 0.5), tangents computed. */
    Model plane(MaterialData material) {
        planePath = Path.of("/analytic/plane-" + planes++);
        float[] pos = {-0.5f, -0.5f, 0, 0.5f, -0.5f, 0, 0.5f, 0.5f, 0, -0.5f, 0.5f, 0};
        float[] nrm = {0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1};
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        MeshData mesh = new MeshData(pos, nrm, uv, null, new int[] {0, 2, 1, 0, 3, 2}, 0);
        return new Model(planePath, List.of(mesh), List.of(material), new Aabb(new Vector3f(-0.5f, -0.5f, 0), new Vector3f(0.5f, 0.5f, 0)));
    }

    static MaterialData material(TextureData baseColor, TextureData normal, float normalScale, AlphaMode mode, float cutoff) {
        return new MaterialData(new float[] {GREY, GREY, GREY, 1}, "plane", 0, 1, new float[3], normalScale, 1, mode, cutoff,
                new MaterialData.Textures(baseColor, null, null, normal, null, null));
    }

    Scene scene(Material material, List<Instance> behind) {
        Instance plane = new Instance(1, 1, "plane", planePath, new Matrix4f().translation(0, 0, Z).scale(SIZE), material);
        List<Instance> all = new java.util.ArrayList<>(List.of(plane));
        all.addAll(behind);
        Light sun = Light.directional(new Vector3f(LIGHT_DIR).normalize(), new Rgb((float) RADIANCE, (float) RADIANCE, (float) RADIANCE), false);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, all, List.of(), List.of(sun),
                new Rgb((float) AMBIENT, (float) AMBIENT, (float) AMBIENT), new Background.Solid(new Rgb(0, 0, 0)),
                SensorEffects.NONE, null);
    }

    /** An image of one colour, RGBA bytes. */
    static TextureData uniform(int r, int g, int b, int a) {
        byte[] rgba = new byte[4 * 16];
        for (int i = 0; i < 16; i++) {
            rgba[4 * i] = (byte) r;
            rgba[4 * i + 1] = (byte) g;
            rgba[4 * i + 2] = (byte) b;
            rgba[4 * i + 3] = (byte) a;
        }
        return new TextureData(4, 4, rgba, "uniform");
    }

    /** The bytes of a tangent-space normal tilted by {@code deg} towards the tangent (about = 0) or bitangent (1). */
    static int[] tilted(double deg, int about) {
        double s = Math.sin(Math.toRadians(deg)), c = Math.cos(Math.toRadians(deg));
        double[] n = about == 0 ? new double[] {s, 0, c} : new double[] {0, s, c};
        return new int[] {encode(n[0]), encode(n[1]), encode(n[2])};
    }

    static int encode(double x) {
        return (int) Math.round((x * 0.5 + 0.5) * 255);
    }

    /** The world normal a normal-map texel gives (T = +x, B = -y, N = -z), with the map's xy scaled. */
    static double[] worldNormal(int[] texel, double scale) {
        double x = (texel[0] / 255.0 * 2 - 1) * scale, y = (texel[1] / 255.0 * 2 - 1) * scale, z = texel[2] / 255.0 * 2 - 1;
        return Shading.normalize(new double[] {x, -y, -z});
    }

    /** Expected colour at pixel (u, v) of the plane with shading normal n. */
    static int expected(int u, int v, double[] n, double[] base, double roughness) {
        double[] p = {Z * (u - K.cx()) / K.fx(), Z * (v - K.cy()) / K.fy(), Z};
        double[] toEye = Shading.normalize(new double[] {-p[0], -p[1], -p[2]});
        double[] toLight = Shading.normalize(new double[] {-LIGHT_DIR[0], -LIGHT_DIR[1], -LIGHT_DIR[2]});
        double nol = Shading.dot(n, toLight);
        assertTrue(nol > 0, "the light reaches the tilted normal");
        double[] brdf = Shading.brdfTimesPi(n, toEye, toLight, base, roughness, 0);
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) out[c] = AMBIENT * base[c] + RADIANCE * nol * brdf[c];
        return Shading.rgbOf(out);
    }

    static final int[][] PIXELS = {{47, 35}, {40, 30}, {56, 42}};

    @Test
    void assetNormalMapTiltsTheShadingAsPredicted() {
        double[] base = {GREY, GREY, GREY};
        RenderedFrame flat = null;
        for (double scale : new double[] {1, 0.5})
            for (int about = 0; about < 2; about++)
                for (double deg : new double[] {0, 30, -30}) {
                    int[] texel = tilted(deg, about);
                    TextureData map = uniform(texel[0], texel[1], texel[2], 255);
                    RenderedFrame f = render(Material.ASSET, plane(material(null, map, (float) scale, AlphaMode.OPAQUE, 0.5f)));
                    double[] n = worldNormal(texel, scale);
                    String what = "tilt " + deg + " deg about " + (about == 0 ? "the bitangent" : "the tangent") + ", scale " + scale;
                    for (int[] px : PIXELS) {
                        Shading.assertRgb(expected(px[0], px[1], n, base, Material.ASSET.roughness()), f.color().rgb(px[0], px[1]), 2, what + " at " + px[0] + "," + px[1]);
                        assertNormal(n, f, px, what);
                    }
                    if (flat == null) flat = f;
                    assertLabelsEqual(flat, f);
                }
    }

    @Test
    void textureSetNormalAndRoughnessMaps() throws IOException {
        Path colour = png("stone_color.png", 153, 153, 153, 255);
        int[] texel = tilted(25, 1);
        Path normal = png("stone_normal.png", texel[0], texel[1], texel[2], 255);
        Path rough = png("stone_rough.png", 128, 128, 128, 255);
        Material m = new Material(new Material.Surface.Texture(colour, new Material.Maps(normal, rough, null, null)),
                Material.UvTransform.IDENTITY, 0.8f, 0);
        RenderedFrame f = render(m, plane(material(null, null, 1, AlphaMode.OPAQUE, 0.5f)));
        double grey = Shading.toLinear(153 / 255.0);
        double[] n = worldNormal(texel, 1);
        for (int[] px : PIXELS)
            Shading.assertRgb(expected(px[0], px[1], n, new double[] {grey, grey, grey}, 0.8 * 128 / 255.0),
                    f.color().rgb(px[0], px[1]), 2, "texture set at " + px[0] + "," + px[1]);
    }

    /** Occlusion scales the ambient term by 1 + strength (map - 1); emission adds factor x (sRGB) map; no light. */
    @Test
    void occlusionAndEmission() {
        TextureData occlusion = uniform(128, 0, 0, 255), glow = uniform(200, 100, 50, 255);
        MaterialData m = new MaterialData(new float[] {GREY, GREY, GREY, 1}, "plane", 0, 1, new float[] {0.1f, 0.2f, 0.4f}, 1,
                0.5f, AlphaMode.OPAQUE, 0.5f, new MaterialData.Textures(null, null, null, null, occlusion, glow));
        Model model = plane(m);
        Scene dark = new Scene(0, K, new Matrix4f(), 0.1f, 50f,
                List.of(new Instance(1, 1, "plane", planePath, new Matrix4f().translation(0, 0, Z).scale(SIZE), Material.ASSET)),
                List.of(), List.of(), new Rgb((float) AMBIENT, (float) AMBIENT, (float) AMBIENT), new Background.Solid(new Rgb(0, 0, 0)),
                SensorEffects.NONE, null);
        RenderedFrame f = renderer.render(dark, new TestAssets(Map.of(planePath, model)));
        double ao = 1 + 0.5 * (128 / 255.0 - 1);
        double[] glowLinear = Shading.linear(200 / 255.0, 100 / 255.0, 50 / 255.0), factor = {0.1, 0.2, 0.4};
        double[] expected = new double[3];
        for (int c = 0; c < 3; c++) expected[c] = AMBIENT * GREY * ao + factor[c] * glowLinear[c];
        for (int[] px : PIXELS) Shading.assertRgb(Shading.rgbOf(expected), f.color().rgb(px[0], px[1]), 1, "occlusion and emission");
    }

    /**
     * Left half of the plane's texture alpha {@code low}, right half {@code high}; a cube behind the plane. Pixels
     * of the left half (away from the seam and the edges) belong to the cube, the right half's to the plane.
     */
    @Test
    void alphaCutOutPixelsAreInNoMask() {
        for (AlphaMode mode : new AlphaMode[] {AlphaMode.MASK, AlphaMode.BLEND, AlphaMode.OPAQUE}) {
            int low = mode == AlphaMode.MASK ? 0 : 77, high = mode == AlphaMode.MASK ? 255 : 179;   // BLEND: 0.3 and 0.7
            byte[] rgba = new byte[4 * 16 * 16];
            for (int i = 0; i < 256; i++) {
                rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = (byte) 255;
                rgba[4 * i + 3] = (byte) (i % 16 < 8 ? low : high);
            }
            TextureData halves = new TextureData(16, 16, rgba, "halves");
            Instance cube = new Instance(2, 1, "cube", UnitCube.PATH, new Matrix4f().translation(0, 0, 3.5f).scale(2), Material.ASSET);
            Model plane = plane(material(halves, null, 1, mode, 0.5f));
            RenderedFrame f = renderer.render(scene(Material.ASSET, List.of(cube)),
                    new TestAssets(Map.of(planePath, plane, UnitCube.PATH, UnitCube.model(1, 0, 0))));
            int cutPixels = 0;
            for (int v = 25; v <= 45; v++) {
                for (int u = 28; u <= 42; u++) {   // texture u in about 0.1 .. 0.4
                    boolean cut = mode != AlphaMode.OPAQUE;
                    assertEquals(cut ? 2 : 1, f.instances().get(u, v), mode + " left half at " + u + "," + v);
                    assertEquals(!cut, f.amodal().covers(1, u, v), mode + " plane's amodal mask at " + u + "," + v);
                    assertEquals(cut ? 2.5 : Z, f.depth().get(u, v), 1e-3, mode + " depth at " + u + "," + v);
                    if (cut) cutPixels++;
                }
                for (int u = 52; u <= 66; u++) {   // texture u in about 0.6 .. 0.9
                    assertEquals(1, f.instances().get(u, v), mode + " right half at " + u + "," + v);
                    assertTrue(f.amodal().covers(1, u, v), mode + " plane's amodal mask at " + u + "," + v);
                }
            }
            assertEquals(mode == AlphaMode.OPAQUE ? 0 : 21 * 15, cutPixels);
        }
    }

    /**
     * A cut-out casts no shadow: light travelling along (1, 0, 1) throws the plane's right half onto the cube behind
     * it, right of the plane's silhouette; with that half cut out (MASK) the cube there is lit exactly as with no
     * plane at all, while the opaque plane darkens it.
     */
    @Test
    void cutOutsCastNoShadow() {
        byte[] rgba = new byte[4 * 16 * 16];
        for (int i = 0; i < 256; i++) {
            rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = (byte) 255;
            rgba[4 * i + 3] = (byte) (i % 16 < 8 ? 255 : 0);   // right half cut out
        }
        TextureData right = new TextureData(16, 16, rgba, "right-cut");
        Light sun = Light.directional(new Vector3f(1, 0, 1).normalize(), new Rgb(2, 2, 2), true);
        int[] px = {(int) Math.round(K.projectU(0.9, 2.5)), 35};
        int[] colour = new int[3];
        AlphaMode[] modes = {AlphaMode.MASK, AlphaMode.OPAQUE, null};
        for (int k = 0; k < 3; k++) {
            Instance cube = new Instance(modes[k] == null ? 1 : 2, 1, "cube", UnitCube.PATH,
                    new Matrix4f().translation(0, 0, 3.5f).scale(2), Material.ASSET);
            Model plane = plane(material(right, null, 1, modes[k] == null ? AlphaMode.OPAQUE : modes[k], 0.5f));
            Instance p = new Instance(1, 1, "plane", planePath, new Matrix4f().translation(0, 0, Z).scale(SIZE), Material.ASSET);
            List<Instance> instances = modes[k] == null ? List.of(cube) : List.of(p, cube);
            Scene s = new Scene(0, K, new Matrix4f(), 0.1f, 50f, instances, List.of(), List.of(sun),
                    new Rgb((float) AMBIENT, (float) AMBIENT, (float) AMBIENT), new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null);
            RenderedFrame f = renderer.render(s, new TestAssets(Map.of(planePath, plane, UnitCube.PATH, UnitCube.model(1, 1, 1))));
            assertEquals(modes[k] == null ? 1 : 2, f.instances().get(px[0], px[1]), "the cube is seen at the test pixel");
            colour[k] = f.color().rgb(px[0], px[1]);
        }
        assertEquals(colour[2], colour[0], "the cut-out half casts no shadow");
        assertTrue((colour[1] & 0xff) + 20 < (colour[0] & 0xff), "the opaque half does: " + Integer.toHexString(colour[1]));
    }

    /**
     * A BLEND plane of uniform alpha a in front of a cube: the colour is a x the plane's + (1 - a) x the cube's (the
     * plane's alone drawn opaque, the cube's alone without the plane; 8-bit encoded values, as the target blends
     * them), and the pixel is the plane's in the masks when a >= 0.5, the cube's below.
     */
    @Test
    void blendMixesTheColourAndFollowsTheLabelRule() {
        int[] px = {47, 35};
        Instance cube = new Instance(2, 1, "cube", UnitCube.PATH, new Matrix4f().translation(0, 0, 3.5f).scale(2), Material.ASSET);
        Model red = UnitCube.model(1, 0, 0);
        RenderedFrame plane = render(Material.ASSET, plane(material(null, null, 1, AlphaMode.OPAQUE, 0.5f)));
        Instance alone = new Instance(1, 1, "cube", UnitCube.PATH, new Matrix4f().translation(0, 0, 3.5f).scale(2), Material.ASSET);
        RenderedFrame behind = renderer.render(new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(alone), List.of(),
                scene(Material.ASSET, List.of()).lights(), new Rgb((float) AMBIENT, (float) AMBIENT, (float) AMBIENT),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null), new TestAssets(Map.of(UnitCube.PATH, red)));
        for (int alpha : new int[] {77, 179}) {
            Model model = plane(material(uniform(255, 255, 255, alpha), null, 1, AlphaMode.BLEND, 0.5f));
            RenderedFrame f = renderer.render(scene(Material.ASSET, List.of(cube)), new TestAssets(Map.of(planePath, model, UnitCube.PATH, red)));
            double a = alpha / 255.0;
            int p = plane.color().rgb(px[0], px[1]), c = behind.color().rgb(px[0], px[1]), expected = 0;
            for (int shift = 16; shift >= 0; shift -= 8)
                expected |= (int) Math.round(a * (p >> shift & 0xff) + (1 - a) * (c >> shift & 0xff)) << shift;
            Shading.assertRgb(expected, f.color().rgb(px[0], px[1]), 1, "alpha " + alpha);
            assertEquals(alpha >= 128 ? 1 : 2, f.instances().get(px[0], px[1]), "alpha " + alpha);
            assertEquals(alpha >= 128, f.amodal().covers(1, px[0], px[1]), "alpha " + alpha);
        }
    }

    private RenderedFrame render(Material m, Model plane) {
        return renderer.render(scene(m, List.of()), new TestAssets(Map.of(planePath, plane)));
    }

    private Path png(String name, int r, int g, int b, int a) throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) img.setRGB(x, y, a << 24 | r << 16 | g << 8 | b);
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        assertTrue(Files.size(file) > 0);
        return file;
    }

    /** The normals image holds the mapped normal (camera axes = world axes here), within 2 of 255 (n + 1) / 2. */
    private static void assertNormal(double[] n, RenderedFrame f, int[] px, String what) {
        byte[] rgba = f.normals().rgba();
        int i = 4 * (px[1] * W + px[0]);
        for (int c = 0; c < 3; c++)
            assertEquals((n[c] + 1) / 2 * 255, rgba[i + c] & 0xff, 2, what + ": normal channel " + c);
    }

    private static void assertLabelsEqual(RenderedFrame a, RenderedFrame b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.instances().ids(), b.instances().ids());
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.depth().metres(), b.depth().metres());
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.amodal().layer(0), b.amodal().layer(0));
    }
}
