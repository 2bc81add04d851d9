package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;

/**
 * A framebuffer whose one colour attachment is a texture (nearest filtering), so a later pass can read what was
 * drawn; made for one size and remade when asked for another. Owns both GL objects; GL thread only.
 */
public final class TextureTarget implements AutoCloseable {
    private final String name;
    private final int format;
    private int fbo;
    private int texture;
    private int width;
    private int height;

    public TextureTarget(String name, int format) {
        this.name = name;
        this.format = format;
    }

    /** Makes (or remakes) the target for this size and binds it for drawing over the whole of it. */
    public void bind(int w, int h) {
        if (fbo == 0 || w != width || h != height) make(w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, w, h);
    }

    /** The texture drawn into (0 before the first {@link #bind}). */
    public int texture() {
        return texture;
    }

    private void make(int w, int h) {
        release();
        width = w;
        height = h;
        fbo = glCreateFramebuffers();
        texture = TargetTextures.nearest(format, w, h);
        glNamedFramebufferTexture(fbo, GL_COLOR_ATTACHMENT0, texture, 0);
        glNamedFramebufferDrawBuffer(fbo, GL_COLOR_ATTACHMENT0);
        int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            release();
            throw new RenderException(String.format("%s target %dx%d incomplete: status 0x%04X", name, w, h, status));
        }
    }

    /** GL objects held: its framebuffer and texture, or 0 before the first use. */
    public int glObjectCount() {
        return (fbo != 0 ? 1 : 0) + (texture != 0 ? 1 : 0);
    }

    private void release() {
        if (fbo != 0) glDeleteFramebuffers(fbo);
        if (texture != 0) glDeleteTextures(texture);
        fbo = 0;
        texture = 0;
    }

    @Override
    public void close() {
        release();
    }
}
