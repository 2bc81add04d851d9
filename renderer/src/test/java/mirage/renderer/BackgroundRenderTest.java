package mirage.renderer;

import mirage.core.frame.RenderedFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mirage.core.geom.CameraIntrinsics;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Background;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.model.SensorEffects;
import org.joml.Matrix4f;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background crops and textured backgrounds on an empty scene. The photo is a 200 x 100 PNG, left half one colour,
 * right half another; the frame (96 x 72) is narrower, so the cover window is 2/3 of the image wide. Instance id and
 * depth are 0 everywhere.
 */
class BackgroundRenderTest {
    static final int W = 96, H = 72;
    static final CameraIntrinsics K = new CameraIntrinsics(W, H, 80.3, 80.3, 47.5, 35.5);
    static final int LEFT = 0xd02040, RIGHT = 0x30a0e0;
    static final Rgb A = new Rgb(0.9f, 0.2f, 0.1f), B = new Rgb(0.1f, 0.3f, 0.8f);
    @TempDir
    static Path dir;
    static Path photo;
    static Renderer renderer;

    @BeforeAll
    static void open() throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) for (int x = 0; x < 200; x++) img.setRGB(x, y, x < 100 ? LEFT : RIGHT);
        photo = dir.resolve("two-colours.png");
        ImageIO.write(img, "png", photo.toFile());
        renderer = Renderer.open(GlDevice.AUTO);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    static RenderedFrame render(Background bg) {
        Scene s = new Scene(0, K, new Matrix4f(), 0.1f, 50f, List.of(), List.of(), List.of(), new Rgb(1, 1, 1), bg,
                SensorEffects.NONE, null);
        RenderedFrame f = renderer.render(s, new TestAssets(Map.of()));
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                assertEquals(0, f.instances().get(u, v));
                assertEquals(0f, f.depth().get(u, v));
            }
        return f;
    }

    static void assertEveryPixel(RenderedFrame f, int rgb, String what) {
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++)
                assertEquals(rgb, f.color().rgb(u, v), what + " at " + u + "," + v);
    }

    /** Zoom 2 halves the cover window to 1/3 of the image's width: at x = 0 it lies inside the left half. */
    @Test
    void zoomedWindowAtTheLeftShowsOnlyTheLeftColour() {
        assertEveryPixel(render(new Background.Image(photo, 2, 0, 0.5f, false)), LEFT, "zoom 2, x 0");
        assertEveryPixel(render(new Background.Image(photo, 2, 1, 0.5f, false)), RIGHT, "zoom 2, x 1");
    }

    /** Flipping mirrors the image before the window is placed: the same window now shows the other half. */
    @Test
    void flipMirrorsTheImage() {
        assertEveryPixel(render(new Background.Image(photo, 2, 0, 0.5f, true)), RIGHT, "zoom 2, x 0, flipped");
        assertEveryPixel(render(new Background.Image(photo, 2, 1, 0.3f, true)), LEFT, "zoom 2, x 1, flipped");
    }

    /**
     * The centred cover window spans image u in [1/6, 5/6]: the colour boundary (u = 1/2) falls on the frame's
     * vertical centre line; flipped, the sides swap.
     */
    @Test
    void centredCoverWindowSplitsTheFrameInTheMiddle() {
        for (boolean flip : new boolean[] {false, true}) {
            RenderedFrame f = render(new Background.Image(photo, 1, 0.5f, 0.5f, flip));
            for (int v = 0; v < H; v++)
                for (int u = 0; u < W; u++) {
                    if (Math.abs(u + 0.5 - W / 2.0) < 2) continue;   // the filtered boundary
                    boolean left = u < W / 2;
                    assertEquals(left != flip ? LEFT : RIGHT, f.color().rgb(u, v), "flip " + flip + " at " + u + "," + v);
                }
        }
    }

    /** A textured background: pattern at u = column / width, v = row / width, after the UV transform, unlit. */
    @Test
    void proceduralBackgroundFollowsThePixelGrid() {
        var p = new Material.Surface.Procedural(Material.Pattern.CHECKER, A, B, 6, 0);
        for (Material.UvTransform t : List.of(Material.UvTransform.IDENTITY, new Material.UvTransform(1.3f, 0.1f, 0.25f, 20))) {
            RenderedFrame f = render(new Background.Texture(new Material(p, t, 0.5f, 0)));
            int checked = 0;
            for (int v = 0; v < H; v++)
                for (int u = 0; u < W; u++) {
                    Rgb c = null;
                    boolean stable = true;
                    for (double du = -0.5; du <= 0.5 && stable; du += 0.5)
                        for (double dv = -0.5; dv <= 0.5 && stable; dv += 0.5) {
                            double[] uv = Patterns.transform(t, (u + du) / W, (v + dv) / W);
                            Rgb here = Patterns.twoColour(p, uv[0], uv[1]);
                            stable = c == null || c == here;
                            c = here;
                        }
                    if (!stable) continue;
                    Shading.assertRgb(Patterns.rgbOf(c), f.color().rgb(u, v), 1, "background at " + u + "," + v);
                    checked++;
                }
            assertTrue(checked > W * H / 2, "checked " + checked);
        }
    }

    /** An image as a background texture repeats across the frame at one image width per frame width. */
    @Test
    void imageTextureBackgroundSpansTheFrameWidth() {
        RenderedFrame f = render(new Background.Texture(Material.of(new Material.Surface.Texture(photo))));
        for (int v = 0; v < H; v++)
            for (int u = 0; u < W; u++) {
                if (u < 4 || u > W - 5 || Math.abs(u - W / 2) < 4) continue;   // filtered seams at u = 0, 1/2, 1
                Shading.assertRgb(u < W / 2 ? LEFT : RIGHT, f.color().rgb(u, v), 1, "texture at " + u + "," + v);
            }
    }

    @Test
    void colourBackgroundIsUniform() {
        RenderedFrame f = render(new Background.Texture(Material.of(new Material.Surface.BaseColor(new Rgb(0.2f, 0.4f, 0.6f)))));
        for (int i = 0; i < W * H; i++) Shading.assertRgb(0x336699, f.color().rgb(i % W, i / W), 1, "colour background");
    }
}
