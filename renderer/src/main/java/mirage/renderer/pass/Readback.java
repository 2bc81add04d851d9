package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import java.nio.ByteBuffer;
import mirage.core.image.DepthImage;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;
import mirage.renderer.gpu.Framebuffer;
import mirage.shaders.ShaderDefines;
import org.lwjgl.system.MemoryUtil;

/**
 * Synchronous readback of colour and ids into plain Java arrays. This is the one place where rows are flipped:
 * GL rows run bottom-up, Mirage images top-down. Owns one native staging buffer, reused across frames
 * (a PBO path buys nothing on llvmpipe; see docs/HEADLESS_GL.md). GL thread only.
 */
public final class Readback implements AutoCloseable {
    private ByteBuffer staging;

    private RgbaImage rgba(Framebuffer fb, int attachment) {
        return rgba(fb.fbo(), attachment, fb.width(), fb.height());
    }

    /** An RGBA8 attachment of any framebuffer (the tone-mapped colour), rows flipped to top-down. */
    public RgbaImage rgba(int fbo, int attachment, int width, int height) {
        byte[] out = new byte[width * height * 4];
        readRaw(fbo, attachment, width, height, GL_RGBA, GL_UNSIGNED_BYTE);
        int stride = width * 4;
        for (int row = 0; row < height; row++)
            staging.get((height - 1 - row) * stride, out, row * stride, stride);
        return new RgbaImage(width, height, out);
    }

    public IdImage ids(Framebuffer fb) {
        return new IdImage(fb.width(), fb.height(), uints(fb.fbo(), ShaderDefines.TARGET_INSTANCE, fb.width(), fb.height()));
    }

    /** An unsigned-integer attachment of any framebuffer, rows flipped to top-down. */
    public int[] uints(int fbo, int attachment, int width, int height) {
        int[] out = new int[width * height];
        readRaw(fbo, attachment, width, height, GL_RED_INTEGER, GL_UNSIGNED_INT);
        var ints = staging.asIntBuffer();
        for (int row = 0; row < height; row++)
            ints.get((height - 1 - row) * width, out, row * width, width);
        return out;
    }

    /** An 8-bit unsigned-integer attachment of any framebuffer, rows flipped to top-down. */
    public byte[] ubytes(int fbo, int attachment, int width, int height) {
        byte[] out = new byte[width * height];
        readRaw(fbo, attachment, width, height, GL_RED_INTEGER, GL_UNSIGNED_BYTE);
        int stride = (width + 3) & ~3;   // rows are packed to 4 bytes (readRaw's pack alignment)
        for (int row = 0; row < height; row++)
            staging.get((height - 1 - row) * stride, out, row * width, width);
        return out;
    }

    public DepthImage depth(Framebuffer fb) {
        float[] out = new float[fb.width() * fb.height()];
        read(fb, ShaderDefines.TARGET_DEPTH, GL_RED, GL_FLOAT);
        var floats = staging.asFloatBuffer();
        for (int row = 0; row < fb.height(); row++)
            floats.get((fb.height() - 1 - row) * fb.width(), out, row * fb.width(), fb.width());
        return new DepthImage(fb.width(), fb.height(), out);
    }

    /** Camera-space normals as encoded by the shader: RGB = (n + 1) / 2 in OpenCV axes, 0 for background. */
    public RgbaImage normals(Framebuffer fb) {
        return rgba(fb, ShaderDefines.TARGET_NORMAL);
    }

    public RgbaImage color(Framebuffer fb) {
        return rgba(fb, ShaderDefines.TARGET_COLOR);
    }

    private void read(Framebuffer fb, int attachment, int format, int type) {
        readRaw(fb.fbo(), attachment, fb.width(), fb.height(), format, type);
    }

    /** Reads 4 bytes per pixel of one colour attachment into the staging buffer (bottom-up rows). */
    private void readRaw(int fbo, int attachment, int width, int height, int format, int type) {
        int bytes = width * height * 4;
        if (staging == null || staging.capacity() < bytes) {
            if (staging != null) MemoryUtil.memFree(staging);
            staging = MemoryUtil.memAlloc(bytes);
        }
        staging.clear();
        glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        glNamedFramebufferReadBuffer(fbo, GL_COLOR_ATTACHMENT0 + attachment);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, width, height, format, type, staging);
    }

    @Override
    public void close() {
        if (staging != null) MemoryUtil.memFree(staging);
        staging = null;
    }
}
