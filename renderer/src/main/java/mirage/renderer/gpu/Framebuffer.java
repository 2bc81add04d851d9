package mirage.renderer.gpu;

import static mirage.shaders.ShaderDefines.TARGET_COLOR;
import static mirage.shaders.ShaderDefines.TARGET_DEPTH;
import static mirage.shaders.ShaderDefines.TARGET_INSTANCE;
import static mirage.shaders.ShaderDefines.TARGET_NORMAL;
import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;

/**
 * The offscreen target every frame is drawn into, one colour attachment per frame target (its index is the
 * fragment output location, {@code ShaderDefines.TARGET_*}): colour = RGBA8 (sRGB-encoded bytes, written by the
 * shader), instance = R32UI ids, depth = R32F camera z in metres, normal = RGBA8 encoded camera-space normals;
 * the depth buffer is 32-bit float. Ids, camera z and normals are textures, so the ambient occlusion and coverage
 * passes can read them. With {@code hdr}, colour is instead an RGBA16F texture of linear radiance (read
 * by the tone-mapping pass). Single-sampled, so every pixel's values are those of the surface covering the
 * pixel centre. Owns its GL objects; GL thread only.
 */
public final class Framebuffer implements DrawTarget, AutoCloseable {
    public static final int MAX_SIZE = 16384;

    private final int width;
    private final int height;
    private int fbo;
    private int colorRenderbuffer;   // 8-bit colour (without hdr)
    private int depthRenderbuffer;   // the depth test's
    private int instanceTexture; // instance ids (TARGET_INSTANCE)
    private int depthTexture;    // camera z (TARGET_DEPTH)
    private int normalTexture;   // encoded normals (TARGET_NORMAL)
    private final boolean hdr;
    private int colorTexture;

    public Framebuffer(int width, int height) {
        this(width, height, false);
    }

    /** @param hdr colour as an RGBA16F texture (the HDR pipeline) instead of an RGBA8 renderbuffer */
    public Framebuffer(int width, int height, boolean hdr) {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE)
            throw new RenderException("framebuffer size " + width + "x" + height + " outside 1.." + MAX_SIZE);
        this.width = width;
        this.height = height;
        this.hdr = hdr;
        fbo = glCreateFramebuffers();
        if (hdr) {
            colorTexture = attachTexture(GL_RGBA16F, GL_COLOR_ATTACHMENT0 + TARGET_COLOR);
        } else {
            colorRenderbuffer = attachRenderbuffer(GL_RGBA8, GL_COLOR_ATTACHMENT0 + TARGET_COLOR);
        }
        instanceTexture = attachTexture(GL_R32UI, GL_COLOR_ATTACHMENT0 + TARGET_INSTANCE);
        depthTexture = attachTexture(GL_R32F, GL_COLOR_ATTACHMENT0 + TARGET_DEPTH);
        normalTexture = attachTexture(GL_RGBA8, GL_COLOR_ATTACHMENT0 + TARGET_NORMAL);
        depthRenderbuffer = attachRenderbuffer(GL_DEPTH_COMPONENT32F, GL_DEPTH_ATTACHMENT);
        glNamedFramebufferDrawBuffers(fbo, new int[] {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1, GL_COLOR_ATTACHMENT2,
                GL_COLOR_ATTACHMENT3});   // output location i writes attachment i
        int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            close();
            throw new RenderException(String.format("framebuffer %dx%d incomplete: status 0x%04X", width, height, status));
        }
    }

    private int attachRenderbuffer(int format, int attachment) {
        int renderbuffer = glCreateRenderbuffers();
        glNamedRenderbufferStorage(renderbuffer, format, width, height);
        glNamedFramebufferRenderbuffer(fbo, attachment, GL_RENDERBUFFER, renderbuffer);
        return renderbuffer;
    }

    private int attachTexture(int format, int attachment) {
        int texture = TargetTextures.nearest(format, width, height);
        glNamedFramebufferTexture(fbo, attachment, texture, 0);
        return texture;
    }

    /** The camera z target's texture (R32F, metres, 0 where no surface). */
    public int depthTexture() {
        return depthTexture;
    }

    /** The normals target's texture (RGBA8, (n + 1) / 2 in OpenCV camera axes). */
    public int normalTexture() {
        return normalTexture;
    }

    /** Whether colour is the HDR pipeline's floating-point texture. */
    public boolean hdr() {
        return hdr;
    }

    /** The RGBA16F colour texture of an {@link #hdr()} framebuffer (0 otherwise). */
    public int colorTexture() {
        return colorTexture;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Binds for drawing and clears: colour to the given values, ids, camera z and normals to 0, depth to far. */
    @Override
    public void bindAndClear(float r, float g, float b) {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
        glClearNamedFramebufferfv(fbo, GL_COLOR, TARGET_COLOR, new float[] {r, g, b, 1f});
        glClearNamedFramebufferuiv(fbo, GL_COLOR, TARGET_INSTANCE, new int[] {0, 0, 0, 0});
        glClearNamedFramebufferfv(fbo, GL_COLOR, TARGET_DEPTH, new float[] {0f, 0f, 0f, 0f});
        glClearNamedFramebufferfv(fbo, GL_COLOR, TARGET_NORMAL, new float[] {0f, 0f, 0f, 0f});
        glClearNamedFramebufferfv(fbo, GL_DEPTH, 0, new float[] {1f});
    }

    /** GL objects held: the framebuffer, its renderbuffers and textures (0 once closed). */
    public int glObjectCount() {
        int n = 0;
        for (int o : new int[] {fbo, colorRenderbuffer, depthRenderbuffer, colorTexture, instanceTexture, depthTexture, normalTexture})
            if (o != 0) n++;
        return n;
    }

    /** The instance ids' texture (R32UI; the coverage pass reads each pixel's owner from it). */
    public int instanceTexture() {
        return instanceTexture;
    }

    /** The GL framebuffer name, for readback. */
    public int fbo() {
        return fbo;
    }

    @Override
    public void close() {
        if (fbo != 0) glDeleteFramebuffers(fbo);
        for (int rb : new int[] {colorRenderbuffer, depthRenderbuffer}) if (rb != 0) glDeleteRenderbuffers(rb);
        for (int t : new int[] {colorTexture, instanceTexture, depthTexture, normalTexture}) if (t != 0) glDeleteTextures(t);
        fbo = colorRenderbuffer = depthRenderbuffer = colorTexture = instanceTexture = depthTexture = normalTexture = 0;
    }
}
