package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.renderer.RenderException;
import mirage.shaders.ShaderDefines;

/**
 * The targets of the coverage image (outputs.coverage) for one frame size: the supersampled ids (an R32UI texture
 * {@link #GRID} times the frame's width and height, with a 32-bit float depth buffer) and the frame-sized R8UI
 * counts the reduction writes (it reads each pixel's owner from the frame's own instance texture). Owns its GL objects; GL thread only.
 */
public final class CoverageTarget implements AutoCloseable {
    /** Sub-samples per pixel side. */
    public static final int GRID = ShaderDefines.COVERAGE_GRID;

    private final int width;
    private final int height;
    private int samplesFbo;
    private int samplesTexture;
    private int samplesDepth;
    private int countsFbo;
    private int counts;

    /** @param width, height the frame's size, pixels */
    public CoverageTarget(int width, int height) {
        check(width, height);
        this.width = width;
        this.height = height;
        samplesFbo = glCreateFramebuffers();
        samplesTexture = TargetTextures.nearest(GL_R32UI, width * GRID, height * GRID);
        samplesDepth = glCreateRenderbuffers();
        glNamedRenderbufferStorage(samplesDepth, GL_DEPTH_COMPONENT32F, width * GRID, height * GRID);
        glNamedFramebufferTexture(samplesFbo, GL_COLOR_ATTACHMENT0, samplesTexture, 0);
        glNamedFramebufferRenderbuffer(samplesFbo, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, samplesDepth);
        glNamedFramebufferDrawBuffer(samplesFbo, GL_COLOR_ATTACHMENT0);
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

    /**
     * Binds the counts for drawing (viewport = the frame), and the supersampled ids and the frame's instance ids
     * ({@code ownerTexture}, R32UI, this size) to the units the reduction reads.
     */
    public void bindCounts(int ownerTexture) {
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
        for (int o : new int[] {samplesFbo, samplesTexture, samplesDepth, countsFbo, counts}) if (o != 0) n++;
        return n;
    }

    @Override
    public void close() {
        if (samplesFbo != 0) glDeleteFramebuffers(samplesFbo);
        if (countsFbo != 0) glDeleteFramebuffers(countsFbo);
        if (samplesTexture != 0) glDeleteTextures(samplesTexture);
        if (samplesDepth != 0) glDeleteRenderbuffers(samplesDepth);
        if (counts != 0) glDeleteRenderbuffers(counts);
        samplesFbo = countsFbo = samplesTexture = samplesDepth = counts = 0;
    }
}
