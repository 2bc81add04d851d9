package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.gpu.GlProgram;
import mirage.renderer.gpu.RenderTarget;
import mirage.scenes.model.HdrLook;
import mirage.shaders.ShaderDefines;
import mirage.shaders.ShaderProgram;

/**
 * The HDR pipeline's last step (tonemap.frag): the floating-point colour of the frame, exposed, tone mapped,
 * sRGB-encoded and dithered into an RGBA8 target, which the readback then reads as the frame's colour. It also
 * resolves anti-aliased colour (HDR or 8-bit, multisampled or supersampled) to one value per pixel: each sample is
 * brought to display values, then the samples are averaged. Render state as the background passes
 * ({@link FullFrame}). Owns its target; GL thread only.
 */
public final class TonemapPass implements AutoCloseable {
    private final GlProgram program = new GlProgram(ShaderProgram.TONEMAP);
    private final int emptyVao = glCreateVertexArrays();
    private final RenderTarget target = new RenderTarget("tone-mapped colour", GL_RGBA8, GL_COLOR_ATTACHMENT0);

    /** Draws the tone-mapped frame from a single-sampled HDR colour texture of the frame's size. */
    public int draw(int hdrColorTexture, HdrLook look, int width, int height) {
        return draw(hdrColorTexture, 1, 1, look, width, height);
    }

    /**
     * Draws the frame's display colour; returns the framebuffer holding it (colour attachment 0).
     *
     * @param colorTexture a multisampled texture ({@code samples > 1}) or a 2D texture {@code scale} times the
     *                     frame's width and height
     * @param look         the HDR pipeline, or null for an 8-bit frame (display values only: a plain resolve)
     */
    public int draw(int colorTexture, int samples, int scale, HdrLook look, int width, int height) {
        int fbo = target.framebuffer(width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
        FullFrame.begin(program, emptyVao);
        glUniform1i(program.uniform("u_samples"), samples);
        glUniform1i(program.uniform("u_scale"), scale);
        glUniform1f(program.uniform("u_exposure"), look == null ? 1f : (float) Math.pow(2, look.exposureEv()));
        glUniform1i(program.uniform("u_tonemap"), look == null ? ShaderDefines.TONEMAP_LINEAR : switch (look.tonemap()) {
            case KHRONOS_NEUTRAL -> ShaderDefines.TONEMAP_KHRONOS_NEUTRAL;
            case ACES -> ShaderDefines.TONEMAP_ACES;
            case AGX -> ShaderDefines.TONEMAP_AGX;
            case LINEAR -> ShaderDefines.TONEMAP_LINEAR;
        });
        glBindTextureUnit(samples > 1 ? ShaderDefines.UNIT_HDR_COLOR_MS : ShaderDefines.UNIT_HDR_COLOR, colorTexture);
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
