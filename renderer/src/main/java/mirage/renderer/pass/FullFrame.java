package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.gpu.GlProgram;

/**
 * The render state of the background passes: one triangle over the viewport (background.vert, no vertex buffer),
 * no depth test, no depth write, no blending, no culling. GL thread only.
 */
final class FullFrame {
    private FullFrame() {}

    static void begin(GlProgram program, int emptyVao) {
        glDisable(GL_DEPTH_TEST);
        glDepthMask(false);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        program.use();
        glBindVertexArray(emptyVao);
    }

    /** Draws the triangle and restores depth writes. */
    static void drawAndEnd() {
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDepthMask(true);
    }
}
