package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mirage.core.frame.RenderedFrame;
import mirage.core.image.AntialiasEdges;
import mirage.scenes.model.HdrLook;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.RenderSpec.Antialias;
import mirage.scenes.spec.RenderSpec.Tonemap;
import org.junit.jupiter.api.Test;

/**
 * Anti-aliasing changes only the RGB: on ShadowRenderTest's cube over a shadowed ground, with the 8-bit and the HDR
 * pipeline, every mode gives the labels of {@code off} bit for bit (ids, camera z, normals, amodal masks, boxes),
 * changes some RGB pixels, and only near edges ({@link AntialiasEdges}); the same frame twice gives the same bytes;
 * switching modes on one renderer releases the previous mode's target (AntialiasReleaseTest: closing releases the last).
 */
class AntialiasRenderTest extends SharedRenderer {
    static final List<Antialias> MODES = List.of(Antialias.MSAA4, Antialias.MSAA8, Antialias.SSAA2, Antialias.SSAA4);

    @Test
    void onlyTheRgbChangesAndOnlyNearEdges() {
        for (HdrLook hdr : new HdrLook[] {null, new HdrLook(Tonemap.KHRONOS_NEUTRAL, 0, null)}) {
            Scene scene = ShadowRenderTest.scene(true).withHdr(hdr);
            RenderedFrame off = ShadowRenderTest.render(scene);
            int[] offRgb = AntialiasEdges.rgb(off.color());
            for (Antialias mode : MODES) {
                String what = mode.specName() + (hdr == null ? ", 8-bit" : ", HDR");
                RenderedFrame on = renderIfSupported(scene.withAntialias(mode));
                if (on == null) continue;
                assertArrayEquals(off.instances().ids(), on.instances().ids(), what + ": ids");
                assertArrayEquals(off.depth().metres(), on.depth().metres(), what + ": camera z");
                assertArrayEquals(off.normals().rgba(), on.normals().rgba(), what + ": normals");
                for (int i = 0; i < off.amodal().layers().size(); i++)
                    assertArrayEquals(off.amodal().layers().get(i), on.amodal().layers().get(i), what + ": amodal");
                assertEquals(off.projectedBoxes(), on.projectedBoxes(), what + ": boxes");
                int[] onRgb = AntialiasEdges.rgb(on.color());
                int changed = AntialiasEdges.changed(offRgb, onRgb);
                assertTrue(changed > 40, what + ": the edges change, " + changed + " pixels");
                List<String> bad = AntialiasEdges.violations(off.color().width(), off.color().height(), off.instances().ids(), offRgb, onRgb);
                assertTrue(bad.isEmpty(), what + ": changed away from any edge at " + bad);
                assertArrayEquals(on.color().rgba(), ShadowRenderTest.render(scene.withAntialias(mode)).color().rgba(), what + ": same bytes again");
            }
        }
    }

    /** The frame, or null where the driver has fewer samples per pixel than the mode (llvmpipe has 4): a clear error. */
    static RenderedFrame renderIfSupported(Scene scene) {
        try {
            return ShadowRenderTest.render(scene);
        } catch (RenderException e) {
            assertTrue(scene.antialias().samples() > 4 && e.getMessage().matches(
                    "antialias msaa8 needs 8 samples per pixel; this driver allows \\d+"), e.getMessage());
            return null;
        }
    }

    @Test
    void switchingModesKeepsOneTarget() {
        Scene scene = ShadowRenderTest.scene(true);
        int first = -1;
        for (Antialias mode : MODES) {
            if (renderIfSupported(scene.withAntialias(mode)) == null) continue;
            int now = renderer.targetGlObjects();
            if (first < 0) first = now;
            assertEquals(first, now, mode.specName() + ": the previous mode's target was released");
        }
    }
}
