package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.RenderTarget;
import mirage.scenes.model.HdrLook;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;

/**
 * The HDR pipeline's last step (tonemap.frag): the floating-point colour of the frame, exposed, tone mapped,
 * sRGB-encoded and dithered into an RGBA8 target, which the readback then reads as the frame's colour. Render state
 * as the background passes ({@link FullFrame}). Owns its target; GL thread only.
 */
public final class TonemapPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.TONEMAP);
    private final int emptyVao = glCreateVertexArrays();
    private final RenderTarget target = new RenderTarget("tone-mapped colour", GL_RGBA8, GL_COLOR_ATTACHMENT0);

    /** Draws the tone-mapped frame; returns the framebuffer holding it (colour attachment 0). */
    public int draw(int hdrColorTexture, HdrLook look, int width, int height) {
        int fbo = target.framebuffer(width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
        FullFrame.begin(program, emptyVao);
        glUniform1f(program.uniform("u_exposure"), (float) Math.pow(2, look.exposureEv()));
        glUniform1i(program.uniform("u_tonemap"), switch (look.tonemap()) {
            case KHRONOS_NEUTRAL -> ShaderDefines.TONEMAP_KHRONOS_NEUTRAL;
            case ACES -> ShaderDefines.TONEMAP_ACES;
            case AGX -> ShaderDefines.TONEMAP_AGX;
            case LINEAR -> ShaderDefines.TONEMAP_LINEAR;
        });
        glBindTextureUnit(ShaderDefines.UNIT_HDR_COLOR, hdrColorTexture);
        FullFrame.drawAndEnd();
        return fbo;
    }

    /** GL objects of its target (0 until first used). */
    public int glObjectCount() {
        return target.glObjectCount();
    }

    @Override
    public void close() {
        target.close();
        program.close();
        glDeleteVertexArrays(emptyVao);
    }
}
