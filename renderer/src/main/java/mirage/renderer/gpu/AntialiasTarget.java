package mirage.renderer.gpu;

import static mirage.shaders.ShaderDefines.TARGET_COLOR;
import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;
import mirage.scenes.spec.RenderSpec.Antialias;

/**
 * The colour-only target of an anti-aliased frame: a colour texture (RGBA8, or RGBA16F for the HDR pipeline) and a
 * 32-bit float depth buffer, either multisampled ({@link Antialias#samples()} per pixel, fixed sample locations) or
 * single-sampled at {@link Antialias#scale()} times the frame's width and height. Only colour output location
 * {@code TARGET_COLOR} is drawn; the passes' label outputs go nowhere here (labels are drawn single-sampled into
 * {@link Framebuffer}: GL cannot attach targets of different sample counts to one framebuffer). Read by the resolve
 * (TonemapPass). Owns its GL objects; GL thread only.
 */
public final class AntialiasTarget implements DrawTarget, AutoCloseable {
    private final Antialias mode;
    private final boolean hdr;
    private final int frameWidth;
    private final int frameHeight;
    private int fbo;
    private int colorTexture;
    private int depth;

    /** @param width, height the frame's size, pixels */
    public AntialiasTarget(Antialias mode, boolean hdr, int width, int height) {
        if (mode == Antialias.OFF) throw new IllegalArgumentException("no target for antialias off");
        this.mode = mode;
        this.hdr = hdr;
        this.frameWidth = width;
        this.frameHeight = height;
        check(mode, width, height);
        int w = width * mode.scale(), h = height * mode.scale();
        int format = hdr ? GL_RGBA16F : GL_RGBA8;
        fbo = glCreateFramebuffers();
        depth = glCreateRenderbuffers();
        if (mode.samples() > 1) {
            colorTexture = glCreateTextures(GL_TEXTURE_2D_MULTISAMPLE);
            glTextureStorage2DMultisample(colorTexture, mode.samples(), format, w, h, true);
            glNamedRenderbufferStorageMultisample(depth, mode.samples(), GL_DEPTH_COMPONENT32F, w, h);
        } else {
            colorTexture = TargetTextures.nearest(format, w, h);
            glNamedRenderbufferStorage(depth, GL_DEPTH_COMPONENT32F, w, h);
        }
        glNamedFramebufferTexture(fbo, GL_COLOR_ATTACHMENT0 + TARGET_COLOR, colorTexture, 0);
        glNamedFramebufferRenderbuffer(fbo, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        int[] drawBuffers = {GL_NONE, GL_NONE, GL_NONE, GL_NONE};
        drawBuffers[TARGET_COLOR] = GL_COLOR_ATTACHMENT0 + TARGET_COLOR;
        glNamedFramebufferDrawBuffers(fbo, drawBuffers);
        int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            close();
            throw new RenderException(String.format("antialias %s target %dx%d incomplete: status 0x%04X",
                    mode.specName(), w, h, status));
        }
    }

    /**
     * Throws unless this context can anti-alias frames of this size this way: the samples per pixel of a multisampled
     * mode, the target size of a supersampled one. GL thread only.
     */
    public static void check(Antialias mode, int width, int height) {
        int w = width * mode.scale(), h = height * mode.scale();
        int maxSize = Math.min(glGetInteger(GL_MAX_TEXTURE_SIZE), glGetInteger(GL_MAX_RENDERBUFFER_SIZE));
        if (w > maxSize || h > maxSize)
            throw new RenderException("antialias " + mode.specName() + " needs a " + w + "x" + h
                    + " target; this driver's limit is " + maxSize + " (use msaa or a smaller image)");
        int maxSamples = Math.min(glGetInteger(GL_MAX_COLOR_TEXTURE_SAMPLES), glGetInteger(GL_MAX_SAMPLES));
        if (mode.samples() > maxSamples)
            throw new RenderException("antialias " + mode.specName() + " needs " + mode.samples()
                    + " samples per pixel; this driver allows " + maxSamples);
    }

    /** Whether this target serves a frame of this mode, pipeline and size. */
    public boolean fits(Antialias m, boolean h, int width, int height) {
        return m == mode && h == hdr && width == frameWidth && height == frameHeight;
    }

    @Override
    public void bindAndClear(float r, float g, float b) {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width(), height());
        glClearNamedFramebufferfv(fbo, GL_COLOR, TARGET_COLOR, new float[] {r, g, b, 1f});
        glClearNamedFramebufferfv(fbo, GL_DEPTH, 0, new float[] {1f});
    }

    @Override
    public int width() {
        return frameWidth * mode.scale();
    }

    @Override
    public int height() {
        return frameHeight * mode.scale();
    }

    public Antialias mode() {
        return mode;
    }

    /** The colour texture: multisampled when {@code mode().samples() > 1}, else {@code mode().scale()} times the frame. */
    public int colorTexture() {
        return colorTexture;
    }

    /** GL objects held (0 once closed). */
    public int glObjectCount() {
        return (fbo != 0 ? 1 : 0) + (colorTexture != 0 ? 1 : 0) + (depth != 0 ? 1 : 0);
    }

    @Override
    public void close() {
        if (fbo != 0) glDeleteFramebuffers(fbo);
        if (colorTexture != 0) glDeleteTextures(colorTexture);
        if (depth != 0) glDeleteRenderbuffers(depth);
        fbo = 0;
        colorTexture = 0;
        depth = 0;
    }
}
