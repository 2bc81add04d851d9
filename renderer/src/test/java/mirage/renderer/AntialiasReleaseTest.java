package mirage.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import mirage.renderer.egl.GlDevice;
import mirage.scenes.spec.RenderSpec.Antialias;
import org.junit.jupiter.api.Test;

/** Closing a renderer releases its anti-aliased target with the others (a context of its own, not the shared one). */
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
}
