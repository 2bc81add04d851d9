package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import mirage.scenes.model.AmbientOcclusion;
import mirage.scenes.model.Scene;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.RenderSpec.Antialias;
import org.junit.jupiter.api.Test;

/**
 * Closing a renderer releases its anti-aliased target and its ambient occlusion targets with the others (a context
 * of its own, not the shared one); ambient occlusion frames make no target per frame.
 */
class AntialiasReleaseTest {
    @Test
    void closingReleasesTheAntialiasedTarget() {
        Renderer r = Renderer.open(GlDevice.AUTO);
        try {
            r.render(ShadowRenderTest.scene(true).withAntialias(Antialias.SSAA2),
                    new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f))));
            assertTrue(r.targetGlObjects() > 0);
        } finally {
            r.close();
        }
        assertEquals(0, r.targetGlObjects(), "closing releases the anti-aliased target too");
    }

    @Test
    void ambientOcclusionTargetsAreMadeOnceAndReleased() {
        Renderer r = Renderer.open(GlDevice.AUTO);
        TestAssets assets = new TestAssets(Map.of(UnitCube.PATH, UnitCube.model(0.8f, 0.3f, 0.2f)));
        try {
            r.render(ShadowRenderTest.scene(true), assets);
            int without = r.targetGlObjects();
            Scene ao = ShadowRenderTest.scene(true).withAmbientOcclusion(new AmbientOcclusion(0.5f, 1));
            r.render(ao, assets);
            int with = r.targetGlObjects();
            assertEquals(without + 4, with, "two framebuffers, each with its texture");
            r.render(ao, assets);
            assertEquals(with, r.targetGlObjects(), "no target made per frame");
        } finally {
            r.close();
        }
        assertEquals(0, r.targetGlObjects(), "closing releases the ambient occlusion targets too");
    }
}
