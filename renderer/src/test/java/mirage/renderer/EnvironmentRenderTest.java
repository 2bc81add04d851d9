package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mirage.core.frame.RenderedFrame;
import mirage.core.geom.CameraIntrinsics;
import mirage.core.geom.Primitive;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.EnvironmentLight;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import mirage.scenes.spec.RenderSpec;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment lighting against values computed here from first principles (tone mapper linear, exposure 0): a white
 * sphere under a uniform map of radiance L reflects L times its directional albedo (the shading model of
 * shaded/brdf.glsl integrated over the hemisphere by quadrature, which for its Lambertian part is the albedo);
 * a mirror sphere (metallic 1, roughness 0) and the visible background show the map's texel in the reflected or
 * viewing direction; the labels are those of the same scene without the HDR pipeline.
 */
class EnvironmentRenderTest {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 70, 70, 47.5, 35.5);
    static final double R = 0.5, Z = 3;   // sphere radius and centre (0, 0, Z); camera at the origin (identity pose)
    static final Matrix4d SPHERE = new Matrix4d().translation(0, 0, Z).scale(2 * R);

    @TempDir Path dir;

    static Scene scene(Material m, HdrLook hdr) {
        Prop sphere = new Prop(Prop.Role.DISTRACTOR, null, Primitive.SPHERE, new Matrix4f(SPHERE), m);
        return new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(), List.of(sphere), List.of(), new Rgb(0, 0, 0),
                new Background.Solid(new Rgb(0, 0, 0)), SensorEffects.NONE, null, hdr);
    }

    static Material material(float roughness, float metallic) {
        return new Material(new Material.Surface.BaseColor(new Rgb(1, 1, 1)), Material.UvTransform.IDENTITY, roughness, metallic);
    }

    /**
     * A Radiance RGBE file, run-length encoded per scanline (literal runs only; width 8..32767). Values must be exact
     * in RGBE (e.g. k / 2^n below 1).
     */
    static Path writeHdr(Path file, int w, int h, float[] rgb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y " + h + " +X " + w + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[][] line = new byte[4][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = 3 * (y * w + x);
                float v = Math.max(rgb[i], Math.max(rgb[i + 1], rgb[i + 2]));
                if (v <= 0) {
                    for (int c = 0; c < 4; c++) line[c][x] = 0;
                    continue;
                }
                int e = Math.getExponent(v) + 1;   // v = m 2^e, m in [0.5, 1)
                double scale = 256 / Math.pow(2, e);
                for (int c = 0; c < 3; c++) line[c][x] = (byte) (rgb[i + c] * scale);
                line[3][x] = (byte) (e + 128);
            }
            out.writeBytes(new byte[] {2, 2, (byte) (w >> 8), (byte) w});
            for (int c = 0; c < 4; c++)
                for (int x = 0; x < w; x += 128) {
                    int n = Math.min(128, w - x);
                    out.write(n);
                    out.write(line[c], x, n);
                }
        }
        Files.write(file, out.toByteArray());
        return file;
    }

    static HdrLook linear(Path map, boolean visible) {
        return new HdrLook(RenderSpec.Tonemap.LINEAR, 0, new EnvironmentLight(map, 0, 1, visible));
    }

    /** The sphere's outward unit normal where the ray through pixel (u, v) first hits it, or null on a miss. */
    static double[] hitNormal(int u, int v) {
        Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
        Vector3d d = new Vector3d(ray.dir()).normalize();
        double b = d.z * Z, c = Z * Z - R * R, disc = b * b - c;
        if (disc < 0) return null;
        double t = b - Math.sqrt(disc);
        return new double[] {d.x * t / R, d.y * t / R, (d.z * t - Z) / R};
    }

    /** Directional albedo of the shading model at a normal and view direction: the hemisphere integral by quadrature. */
    static double albedo(double[] n, double[] toEye, double roughness, double metallic) {
        double[] t = Shading.normalize(Math.abs(n[0]) < 0.9 ? new double[] {-n[2], 0, n[0]} : new double[] {0, n[2], -n[1]});
        double[] s = {n[1] * t[2] - n[2] * t[1], n[2] * t[0] - n[0] * t[2], n[0] * t[1] - n[1] * t[0]};
        int steps = 256;
        double sum = 0, dt = Math.PI / 2 / steps, dp = 2 * Math.PI / (2 * steps);
        for (int i = 0; i < steps; i++) {
            double theta = (i + 0.5) * dt, st = Math.sin(theta), ct = Math.cos(theta);
            for (int j = 0; j < 2 * steps; j++) {
                double phi = (j + 0.5) * dp;
                double a = st * Math.cos(phi), b = st * Math.sin(phi);
                double[] l = {a * t[0] + b * s[0] + ct * n[0], a * t[1] + b * s[1] + ct * n[1], a * t[2] + b * s[2] + ct * n[2]};
                sum += Shading.brdfTimesPi(n, toEye, l, new double[] {1, 1, 1}, roughness, metallic)[0] / Math.PI * ct * st * dt * dp;
            }
        }
        return sum;
    }

    @Test
    void whiteSphereUnderAUniformEnvironmentReflectsRadianceTimesAlbedo() throws IOException {
        float radiance = 0.5f;
        float[] uniform = new float[3 * 16 * 8];
        java.util.Arrays.fill(uniform, radiance);
        Path map = writeHdr(dir.resolve("uniform.hdr"), 16, 8, uniform);
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            TestAssets assets = new TestAssets(Map.of());
            RenderedFrame f = r.render(scene(material(1, 0), linear(map, false)), assets);
            RenderedFrame plain = r.render(scene(material(1, 0), null), assets);
            assertArrayEquals(plain.instances().ids(), f.instances().ids());
            assertArrayEquals(plain.depth().metres(), f.depth().metres());
            assertArrayEquals(plain.normals().rgba(), f.normals().rgba());
            double errorSum = 0;
            int checked = 0;
            for (int v = 4; v < H; v += 3)
                for (int u = 4; u < W; u += 3) {
                    double[] n = hitNormal(u, v);
                    if (n == null || n[2] > -0.3) continue;   // away from the silhouette
                    Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
                    double[] toEye = Shading.normalize(new double[] {-ray.dir().x, -ray.dir().y, -ray.dir().z});
                    double expected = 255 * Shading.toSrgb(radiance * albedo(n, toEye, 1, 0));
                    int got = (f.color().rgb(u, v) >> 8) & 0xFF;
                    double error = got - expected;
                    assertTrue(Math.abs(error) < 2, "pixel " + u + "," + v + ": " + got + " vs " + expected);
                    errorSum += error;
                    checked++;
                }
            assertTrue(checked > 20, "checked " + checked);
            assertTrue(Math.abs(errorSum / checked) <= 1, "mean error " + errorSum / checked + " (1/255 allowed)");
            int background = f.color().rgb(1, 1);
            assertEquals(0, background, "background: the solid black colour, environment not visible");
        }
    }

    /** A 16 x 8 map of 2 x 2 texel blocks, each its own colour (values k / 8). */
    static float[] blocks() {
        float[] rgb = new float[3 * 16 * 8];
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 16; x++) {
                int bx = x / 2, by = y / 2, i = 3 * (y * 16 + x);
                rgb[i] = (1 + bx) / 8f;
                rgb[i + 1] = (1 + by) / 8f;
                rgb[i + 2] = ((bx + by) % 2 == 0) ? 0.25f : 0.75f;
            }
        return rgb;
    }

    /**
     * The block colour in direction d if d lies well inside a block (so bilinear filtering sees that block only),
     * else null.
     */
    static float[] blockColour(float[] map, double[] d) {
        double u = Math.atan2(d[0], -d[2]) / (2 * Math.PI) + 0.5, v = Math.acos(d[1]) / Math.PI;
        double bu = u * 8, bv = v * 4;   // block coordinates
        double fu = bu - Math.floor(bu), fv = bv - Math.floor(bv);
        if (fu < 0.35 || fu > 0.65 || fv < 0.35 || fv > 0.65) return null;
        int x = (int) Math.floor(u * 16), y = (int) Math.floor(v * 8), i = 3 * (y * 16 + x);
        return new float[] {map[i], map[i + 1], map[i + 2]};
    }

    @Test
    void mirrorSphereAndVisibleBackgroundShowTheMapTexels() throws IOException {
        float[] texels = blocks();
        Path map = writeHdr(dir.resolve("blocks.hdr"), 16, 8, texels);
        try (Renderer r = Renderer.open(GlDevice.AUTO)) {
            RenderedFrame f = r.render(scene(material(0, 1), linear(map, true)), new TestAssets(Map.of()));
            int mirror = 0, sky = 0;
            for (int v = 0; v < H; v++)
                for (int u = 0; u < W; u++) {
                    Rays.Ray ray = Rays.pixel(K, new Matrix4d(), u, v);
                    double[] d = Shading.normalize(new double[] {ray.dir().x, ray.dir().y, ray.dir().z});
                    double[] n = hitNormal(u, v);
                    if (n != null && n[2] > -0.5) continue;   // near the silhouette: tessellation moves the normal
                    if (n != null) {
                        double dn = Shading.dot(d, n);
                        d = new double[] {d[0] - 2 * dn * n[0], d[1] - 2 * dn * n[1], d[2] - 2 * dn * n[2]};
                    }
                    float[] c = blockColour(texels, d);
                    if (c == null) continue;
                    int expected = Shading.rgbOf(new double[] {c[0], c[1], c[2]});
                    Shading.assertRgb(expected, f.color().rgb(u, v), 3, (n == null ? "sky" : "mirror") + " pixel " + u + "," + v);
                    if (n == null) sky++;
                    else mirror++;
                }
            assertTrue(mirror > 10 && sky > 50, "checked " + mirror + " mirror and " + sky + " sky pixels");
        }
    }
}
