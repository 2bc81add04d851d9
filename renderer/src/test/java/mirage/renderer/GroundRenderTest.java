package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.frame.RenderedFrame;
import mirage.scenes.model.Background;
import mirage.scenes.model.Ground;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Material;
import mirage.scenes.model.Rgb;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.RenderSpec;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * The ground ({@link Ground}) under ShadowRenderTest's cube and straight-down sun (ambient a = 0.2, sun d = 2), over a
 * flat colour background. A shadow catcher leaves the background's bytes where the ground is in full light and
 * multiplies them by a / (a + d cos 0) = 1/11 inside the cube's footprint (the 8-bit path multiplies the stored
 * sRGB-encoded value by the linear ratio); its pixels stay background in every label. A ground with a material
 * shades like the slab prop ShadowRenderTest draws. Pixels within ShadowRenderTest.MARGIN of the footprint's edge
 * (filtered shadow edge) are skipped.
 */
class GroundRenderTest extends SharedRenderer {
    static final Rgb BG = new Rgb(0.6f, 0.8f, 0.4f);

    /** ShadowRenderTest's scene without its ground slab, over BG, with {@code ground}. */
    static Scene scene(Ground ground) {
        Scene s = ShadowRenderTest.scene(true);
        return new Scene(0, s.intrinsics(), s.worldToCamera(), s.near(), s.far(), s.instances(), List.of(), s.lights(),
                s.ambient(), new Background.Solid(BG), s.effects(), null).withGround(ground);
    }

    static int scaled(double ratio) {
        float[] c = {BG.r(), BG.g(), BG.b()};
        int rgb = 0;
        for (float x : c) rgb = rgb << 8 | (int) Math.round(Math.round(x * 255) * ratio);
        return rgb;
    }

    @Test
    void shadowCatcherDarkensTheBackgroundByTheShadowedLightRatio() {
        checkCatcher(null);
    }

    /** The HDR pipeline keeps a colour background as display values: the same product, give or take the dither. */
    @Test
    void shadowCatcherInTheHdrPipeline() {
        checkCatcher(new HdrLook(RenderSpec.Tonemap.LINEAR, 0, null));
    }

    private static void checkCatcher(HdrLook hdr) {
        RenderedFrame none = ShadowRenderTest.render(scene(null).withHdr(hdr));
        RenderedFrame caught = ShadowRenderTest.render(scene(new Ground(0f, null)).withHdr(hdr));
        double ratio = ShadowRenderTest.AMBIENT / (ShadowRenderTest.AMBIENT + ShadowRenderTest.SUN);
        int shadowed = 0, sunny = 0;
        for (int v = 0; v < ShadowRenderTest.H; v++)
            for (int u = 0; u < ShadowRenderTest.W; u++) {
                Vector3d p = ShadowRenderTest.groundPoint(u, v);
                if (p == null) continue;
                double d = ShadowRenderTest.outsideFootprint(p);
                if (Math.abs(d) < ShadowRenderTest.MARGIN) continue;
                String where = "ground pixel " + u + "," + v + " at " + p;
                if (d < 0) {
                    Shading.assertRgb(scaled(ratio), caught.color().rgb(u, v), 1, where + " in the shadow");
                    shadowed++;
                } else {
                    Shading.assertRgb(scaled(1), caught.color().rgb(u, v), 1, where + " in the sun");
                    sunny++;
                }
            }
        assertTrue(shadowed > 150 && sunny > 2000, shadowed + " shadowed and " + sunny + " sunny pixels checked");
        assertArrayEquals(none.instances().ids(), caught.instances().ids(), "the catcher is in no mask");
        assertArrayEquals(none.depth().metres(), caught.depth().metres(), "the catcher writes no depth");
        assertArrayEquals(none.normals().rgba(), caught.normals().rgba(), "the catcher writes no normals");
        assertArrayEquals(none.amodal().layer(0), caught.amodal().layer(0));
    }

    @Test
    void groundWithAMaterialShadesLikeASlabPropAndIsInNoMask() {
        Material m = Material.of(new Material.Surface.BaseColor(ShadowRenderTest.GROUND_COLOUR));
        RenderedFrame f = ShadowRenderTest.render(scene(new Ground(0f, m)));
        RenderedFrame none = ShadowRenderTest.render(scene(null));
        int checked = 0;
        for (int v = 0; v < ShadowRenderTest.H; v++)
            for (int u = 0; u < ShadowRenderTest.W; u++) {
                Vector3d p = ShadowRenderTest.groundPoint(u, v);
                if (p == null || Math.abs(ShadowRenderTest.outsideFootprint(p)) < ShadowRenderTest.MARGIN) continue;
                int expected = ShadowRenderTest.outsideFootprint(p) < 0 ? ShadowRenderTest.ambientOnly() : ShadowRenderTest.lit(p);
                Shading.assertRgb(expected, f.color().rgb(u, v), 2, "ground pixel " + u + "," + v);
                assertEquals(0, f.instances().get(u, v), "the ground is in no mask");
                assertTrue(f.depth().get(u, v) > 0, "the ground writes depth");
                checked++;
            }
        assertTrue(checked > 2000, checked + " pixels checked");
        assertArrayEquals(none.instances().ids(), f.instances().ids(), "the ground is in no mask");
    }
}
