package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.core.Limits;
import mirage.renderer.RenderException;

/**
 * The depth maps of the shadow-casting lights: one {@link #SIZE}-square layer per directional or spot light and six
 * (the faces of a cube) per point light in a 2D array texture
 * (32-bit float depth, compare mode LEQUAL with linear filtering, so a lookup is a 2x2 percentage-closer filter),
 * and a framebuffer that renders into one layer at a time. Made on first use and grown (remade) when a frame needs
 * more layers than it has; never more than {@link #MAX_LAYERS}. A sampler object without the comparison reads the
 * same texture as plain depths ({@link #bindDepths}: soft shadows' blocker search). Owns the three GL objects; GL
 * thread only.
 */
public final class ShadowMaps implements AutoCloseable {
    /** Edge of every shadow map, texels. */
    public static final int SIZE = 1024;
    /** Layers a point light needs: one per cube face. */
    public static final int CUBE_FACES = 6;
    /** At most six layers (a point light's cube) per light the shaded pass takes. */
    public static final int MAX_LAYERS = CUBE_FACES * Limits.MAX_LIGHTS;

    private int texture;
    private int fbo;
    private int depthSampler;
    private int layers;

    /** Makes sure at least {@code needed} layers exist (their contents are undefined until drawn). */
    public void reserve(int needed) {
        if (needed < 1 || needed > MAX_LAYERS) throw new IllegalArgumentException("shadow layers out of 1.." + MAX_LAYERS + ": " + needed);
        if (needed <= layers) return;
        if (texture != 0) glDeleteTextures(texture);
        texture = glCreateTextures(GL_TEXTURE_2D_ARRAY);
        layers = needed;
        glTextureStorage3D(texture, 1, GL_DEPTH_COMPONENT32F, SIZE, SIZE, needed);
        glTextureParameteri(texture, GL_TEXTURE_COMPARE_MODE, GL_COMPARE_REF_TO_TEXTURE);
        glTextureParameteri(texture, GL_TEXTURE_COMPARE_FUNC, GL_LEQUAL);
        glTextureParameteri(texture, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTextureParameteri(texture, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTextureParameteri(texture, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTextureParameteri(texture, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        if (fbo == 0) {
            fbo = glCreateFramebuffers();
            glNamedFramebufferDrawBuffer(fbo, GL_NONE);
            glNamedFramebufferReadBuffer(fbo, GL_NONE);
            depthSampler = glCreateSamplers();   // overrides the texture's compare mode on its unit: raw depths
            glSamplerParameteri(depthSampler, GL_TEXTURE_COMPARE_MODE, GL_NONE);
            glSamplerParameteri(depthSampler, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
            glSamplerParameteri(depthSampler, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
            glSamplerParameteri(depthSampler, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glSamplerParameteri(depthSampler, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        }
    }

    /** Binds layer {@code layer} for drawing, sets the viewport and clears its depth to far. */
    public void bindLayer(int layer) {
        if (layer < 0 || layer >= layers) throw new IllegalArgumentException("no shadow layer " + layer);
        glNamedFramebufferTextureLayer(fbo, GL_DEPTH_ATTACHMENT, texture, 0, layer);
        int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE)
            throw new RenderException(String.format("shadow map layer %d incomplete: status 0x%04X", layer, status));
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, SIZE, SIZE);
        glClearNamedFramebufferfv(fbo, GL_DEPTH, 0, new float[] {1f});
    }

    /** Binds the array texture to a texture unit for sampling. */
    public void bind(int unit) {
        if (texture == 0) throw new IllegalStateException("no shadow maps made yet");
        glBindTextureUnit(unit, texture);
    }

    /** Binds the array texture to a texture unit with the depth sampler: lookups there return stored depths. */
    public void bindDepths(int unit) {
        if (texture == 0) throw new IllegalStateException("no shadow maps made yet");
        glBindTextureUnit(unit, texture);
        glBindSampler(unit, depthSampler);
    }

    /** GL objects held: the texture, the framebuffer and the depth sampler, once made. */
    public int glObjectCount() {
        return (texture != 0 ? 1 : 0) + (fbo != 0 ? 1 : 0) + (depthSampler != 0 ? 1 : 0);
    }

    @Override
    public void close() {
        if (texture != 0) glDeleteTextures(texture);
        if (fbo != 0) glDeleteFramebuffers(fbo);
        if (depthSampler != 0) glDeleteSamplers(depthSampler);
        texture = 0;
        fbo = 0;
        depthSampler = 0;
        layers = 0;
    }
}
