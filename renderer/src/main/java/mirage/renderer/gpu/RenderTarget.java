package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;

/**
 * A framebuffer with a single renderbuffer attachment (an integer colour target, or a stencil), made for one
 * size and remade when asked for another. Owns both GL objects; GL thread only.
 */
public final class RenderTarget implements AutoCloseable {
    private final String name;
    private final int format;
    private final int attachment;
    private int fbo;
    private int renderbuffer;
    private int width;
    private int height;

    /** @param attachment GL_COLOR_ATTACHMENT0 (drawn into) or a depth/stencil attachment (colour writes go nowhere) */
    public RenderTarget(String name, int format, int attachment) {
        this.name = name;
        this.format = format;
        this.attachment = attachment;
    }

    /** The framebuffer of this size, made (or remade) on demand. */
    public int framebuffer(int w, int h) {
        if (fbo != 0 && w == width && h == height) return fbo;
        release();
        width = w;
        height = h;
        fbo = glCreateFramebuffers();
        renderbuffer = glCreateRenderbuffers();
        glNamedRenderbufferStorage(renderbuffer, format, w, h);
        glNamedFramebufferRenderbuffer(fbo, attachment, GL_RENDERBUFFER, renderbuffer);
        boolean color = attachment == GL_COLOR_ATTACHMENT0;
        glNamedFramebufferDrawBuffer(fbo, color ? GL_COLOR_ATTACHMENT0 : GL_NONE);
        if (!color) glNamedFramebufferReadBuffer(fbo, GL_NONE);
        int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            release();
            throw new RenderException(String.format("%s target %dx%d incomplete: status 0x%04X", name, w, h, status));
        }
        return fbo;
    }

    /** GL objects held: its framebuffer and renderbuffer, or 0 before the first use. */
    public int glObjectCount() {
        return (fbo != 0 ? 1 : 0) + (renderbuffer != 0 ? 1 : 0);
    }

    private void release() {
        if (fbo != 0) glDeleteFramebuffers(fbo);
        if (renderbuffer != 0) glDeleteRenderbuffers(renderbuffer);
        fbo = 0;
        renderbuffer = 0;
    }

    @Override
    public void close() {
        release();
    }
}
