package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.GpuTexture;
import mirage.shaders.ShaderProgram;

/**
 * Draws a background image over the whole frame, scaled to cover it and centred (the overflow is cropped).
 * Render state: no depth test, no depth write, no blending; writes instance id 0. GL thread only.
 */
public final class BackgroundPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.BACKGROUND);
    private final int emptyVao = glCreateVertexArrays();

    public void draw(GpuTexture image, int frameWidth, int frameHeight) {
        glDisable(GL_DEPTH_TEST);
        glDepthMask(false);
        glDisable(GL_BLEND);
        glDisable(GL_CULL_FACE);
        program.use();
        double imageAspect = (double) image.width() / image.height();
        double frameAspect = (double) frameWidth / frameHeight;
        float ex = (float) Math.min(1, frameAspect / imageAspect);
        float ey = (float) Math.min(1, imageAspect / frameAspect);
        glUniform4f(program.uniform("u_uvRect"), (1 - ex) / 2, (1 - ey) / 2, ex, ey);
        image.bind(0);
        glBindVertexArray(emptyVao);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDepthMask(true);
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(emptyVao);
    }
}
