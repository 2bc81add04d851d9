package mirage.renderer;

import static mirage.renderer.AnalyticCubeRenderTest.CUBE_ONLY;
import static mirage.renderer.AnalyticCubeRenderTest.scene;
import static mirage.renderer.AnalyticCubeRenderTest.wellConditioned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import mirage.renderer.egl.GlDevice;
import mirage.scenes.model.Rgb;
import org.junit.jupiter.api.Test;

/** The coverage targets count with the frame's and are released with the renderer (a context of its own). */
class CoverageReleaseTest {
    @Test
    void closingReleasesTheCoverageTargets() {
        Renderer r = Renderer.open(GlDevice.AUTO);
        int before;
        try {
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY);
            before = r.targetGlObjects();
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY, true);
            assertEquals(before + 6, r.targetGlObjects(), "the coverage target's six objects");
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY, true);
            assertEquals(before + 6, r.targetGlObjects(), "reused, not remade");
        } finally {
            r.close();
        }
        assertEquals(0, r.targetGlObjects());
    }
}
