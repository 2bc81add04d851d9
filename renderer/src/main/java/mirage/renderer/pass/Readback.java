package mirage.renderer.pass;

import static org.lwjgl.opengl.GL45C.*;

import java.nio.ByteBuffer;
import mirage.core.image.IdImage;
import mirage.core.image.RgbaImage;
import mirage.renderer.gpu.Framebuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * Synchronous readback of colour and ids into plain Java arrays. This is the one place where rows are flipped:
 * GL rows run bottom-up, Mirage images top-down. Owns one native staging buffer, reused across frames
 * (a PBO path buys nothing on llvmpipe; see headless-gl.md §5). GL thread only.
 */
public final class Readback implements AutoCloseable {
    private ByteBuffer staging;

    public RgbaImage color(Framebuffer fb) {
        byte[] out = new byte[fb.width() * fb.height() * 4];
        read(fb, 0, GL_RGBA, GL_UNSIGNED_BYTE);
        int stride = fb.width() * 4;
        for (int row = 0; row < fb.height(); row++)
            staging.get((fb.height() - 1 - row) * stride, out, row * stride, stride);
        return new RgbaImage(fb.width(), fb.height(), out);
    }

    public IdImage ids(Framebuffer fb) {
        int[] out = new int[fb.width() * fb.height()];
        read(fb, 1, GL_RED_INTEGER, GL_UNSIGNED_INT);
        var ints = staging.asIntBuffer();
        for (int row = 0; row < fb.height(); row++)
            ints.get((fb.height() - 1 - row) * fb.width(), out, row * fb.width(), fb.width());
        return new IdImage(fb.width(), fb.height(), out);
    }

    private void read(Framebuffer fb, int attachment, int format, int type) {
        int bytes = fb.width() * fb.height() * 4;
        if (staging == null || staging.capacity() < bytes) {
            if (staging != null) MemoryUtil.memFree(staging);
            staging = MemoryUtil.memAlloc(bytes);
        }
        staging.clear();
        fb.readFrom(attachment);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, fb.width(), fb.height(), format, type, staging);
    }

    @Override
    public void close() {
        if (staging != null) MemoryUtil.memFree(staging);
        staging = null;
    }
}
