package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;
import mirage.shaders.ShaderDefines;

/**
 * The targets of the coverage image (outputs.coverage) for one frame size: the supersampled ids (an R32UI texture
 * {@link #GRID} times the frame's width and height, with a 32-bit float depth buffer), a copy of the frame's
 * instance mask as an R32UI texture (the frame's own is a renderbuffer, which no shader can read), and the frame-sized
 * R8UI counts the reduction writes. Owns its GL objects; GL thread only.
 */
public final class CoverageTarget implements AutoCloseable {
    /** Sub-samples per pixel side. */
    public static final int GRID = ShaderDefines.COVERAGE_GRID;

    private final int width;
    private final int height;
    private int samplesFbo;
    private int samplesTexture;
    private int samplesDepth;
    private int ownerTexture;
    private int countsFbo;
    private int counts;

    /** @param width, height the frame's size, pixels */
    public CoverageTarget(int width, int height) {
        check(width, height);
        this.width = width;
        this.height = height;
        samplesFbo = glCreateFramebuffers();
        samplesTexture = integerTexture(width * GRID, height * GRID);
        samplesDepth = glCreateRenderbuffers();
        glNamedRenderbufferStorage(samplesDepth, GL_DEPTH_COMPONENT32F, width * GRID, height * GRID);
        glNamedFramebufferTexture(samplesFbo, GL_COLOR_ATTACHMENT0, samplesTexture, 0);
        glNamedFramebufferRenderbuffer(samplesFbo, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, samplesDepth);
        glNamedFramebufferDrawBuffer(samplesFbo, GL_COLOR_ATTACHMENT0);
        ownerTexture = integerTexture(width, height);
        countsFbo = glCreateFramebuffers();
        counts = glCreateRenderbuffers();
        glNamedRenderbufferStorage(counts, GL_R8UI, width, height);
        glNamedFramebufferRenderbuffer(countsFbo, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, counts);
        glNamedFramebufferDrawBuffer(countsFbo, GL_COLOR_ATTACHMENT0);
        for (int fbo : new int[] {samplesFbo, countsFbo}) {
            int status = glCheckNamedFramebufferStatus(fbo, GL_FRAMEBUFFER);
            if (status != GL_FRAMEBUFFER_COMPLETE) {
                close();
                throw new RenderException(String.format("coverage target %dx%d incomplete: status 0x%04X", width, height, status));
            }
        }
    }

    /** An R32UI texture read with texelFetch (nearest filters: an integer texture with linear ones is incomplete). */
    private static int integerTexture(int w, int h) {
        int t = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(t, 1, GL_R32UI, w, h);
        glTextureParameteri(t, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTextureParameteri(t, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        return t;
    }

    /** Throws a {@link RenderException} naming the limit unless this context can supersample frames of this size. */
    public static void check(int width, int height) {
        int w = width * GRID, h = height * GRID;
        int maxSize = Math.min(glGetInteger(GL_MAX_TEXTURE_SIZE), glGetInteger(GL_MAX_RENDERBUFFER_SIZE));
        if (w > maxSize || h > maxSize)
            throw new RenderException("outputs.coverage needs a " + w + "x" + h + " target (" + GRID + "x" + GRID
                    + " sub-samples a pixel); this driver's limit is " + maxSize + " (use a smaller image)");
    }

    /** Whether this target serves frames of this size. */
    public boolean fits(int w, int h) {
        return w == width && h == height;
    }

    /** Binds the supersampled ids for drawing, sets the viewport to them and clears: ids to 0, depth to far. */
    public void bindSamplesAndClear() {
        glBindFramebuffer(GL_FRAMEBUFFER, samplesFbo);
        glViewport(0, 0, width * GRID, height * GRID);
        glClearNamedFramebufferuiv(samplesFbo, GL_COLOR, 0, new int[] {0, 0, 0, 0});
        glClearNamedFramebufferfv(samplesFbo, GL_DEPTH, 0, new float[] {1f});
    }

    /** Copies the frame's instance mask (an R32UI renderbuffer of this size) into the texture the reduction reads. */
    public void copyOwners(int instanceRenderbuffer) {
        glCopyImageSubData(instanceRenderbuffer, GL_RENDERBUFFER, 0, 0, 0, 0, ownerTexture, GL_TEXTURE_2D, 0, 0, 0, 0,
                width, height, 1);
    }

    /** Binds the counts for drawing (viewport = the frame) and both textures the reduction reads to their units. */
    public void bindCounts() {
        glBindFramebuffer(GL_FRAMEBUFFER, countsFbo);
        glViewport(0, 0, width, height);
        glBindTextureUnit(ShaderDefines.UNIT_COVERAGE_SAMPLES, samplesTexture);
        glBindTextureUnit(ShaderDefines.UNIT_COVERAGE_OWNER, ownerTexture);
    }

    /** The framebuffer of the counts, for readback (attachment 0). */
    public int countsFbo() {
        return countsFbo;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** GL objects held (0 once closed). */
    public int glObjectCount() {
        int n = 0;
        for (int o : new int[] {samplesFbo, samplesTexture, samplesDepth, ownerTexture, countsFbo, counts}) if (o != 0) n++;
        return n;
    }

    @Override
    public void close() {
        if (samplesFbo != 0) glDeleteFramebuffers(samplesFbo);
        if (countsFbo != 0) glDeleteFramebuffers(countsFbo);
        if (samplesTexture != 0) glDeleteTextures(samplesTexture);
        if (ownerTexture != 0) glDeleteTextures(ownerTexture);
        if (samplesDepth != 0) glDeleteRenderbuffers(samplesDepth);
        if (counts != 0) glDeleteRenderbuffers(counts);
        samplesFbo = countsFbo = samplesTexture = ownerTexture = samplesDepth = counts = 0;
    }
}
