package mirage.renderer;

import static mirage.renderer.AnalyticCubeRenderTest.CUBE_ONLY;
import static mirage.renderer.AnalyticCubeRenderTest.scene;
import static mirage.renderer.AnalyticCubeRenderTest.wellConditioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mirage.renderer.egl.GlDevice;
import mirage.renderer.gpu.CoverageTarget;
import mirage.scenes.model.Rgb;
import org.junit.jupiter.api.Test;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;

/** The coverage targets count with the frame's, are released with the renderer and have a size limit (a context of its own each). */
class CoverageReleaseTest {
    @Test
    void closingReleasesTheCoverageTargets() {
        Renderer r = Renderer.open(GlDevice.AUTO);
        int before;
        try {
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY);
            before = r.targetGlObjects();
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY, true);
            assertEquals(before + 5, r.targetGlObjects(), "the coverage target's five objects");
            r.render(scene(new Rgb(0, 0, 0), wellConditioned(0.11, -0.07, 3.9, 0.5, 0.7, 0.2)), CUBE_ONLY, true);
            assertEquals(before + 5, r.targetGlObjects(), "reused, not remade");
        } finally {
            r.close();
        }
        assertEquals(0, r.targetGlObjects());
    }

    /** A frame whose supersampled ids would not fit the driver's textures is refused, naming the limit. */
    @Test
    void aFrameTooLargeToSupersampleIsRefusedNamingTheLimit() {
        Renderer r = Renderer.open(GlDevice.AUTO);
        try {
            int limit = Math.min(GL11.glGetInteger(GL11.GL_MAX_TEXTURE_SIZE), GL11.glGetInteger(GL30.GL_MAX_RENDERBUFFER_SIZE));
            int side = limit / CoverageTarget.GRID;
            r.checkCoverage(side, 1);
            RenderException e = assertThrows(RenderException.class, () -> r.checkCoverage(side + 1, 1));
            assertTrue(e.getMessage().contains("outputs.coverage") && e.getMessage().contains(String.valueOf(limit)), e.getMessage());
        } finally {
            r.close();
        }
    }
}
