package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import java.nio.ByteBuffer;
import mirage.assets.TextureData;
import org.lwjgl.system.MemoryUtil;

/**
 * An immutable 2D texture with mipmaps, uploaded from {@link TextureData} (row 0 = top row, so texture
 * coordinate t = 0 is the top of the picture). Owns the GL texture; GL thread only.
 */
public final class GpuTexture implements AutoCloseable {
    private final int id;
    private final int width;
    private final int height;
    private final long bytes;

    /** @param srgb true for colour textures (sampling returns linear values), false to sample the bytes as stored */
    public GpuTexture(TextureData data, boolean srgb, boolean repeat) {
        width = data.width();
        height = data.height();
        int levels = 1 + (31 - Integer.numberOfLeadingZeros(Math.max(data.width(), data.height())));
        long total = 0;
        for (int l = 0; l < levels; l++) total += 4L * Math.max(1, width >> l) * Math.max(1, height >> l);
        bytes = total;
        id = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(id, levels, srgb ? GL_SRGB8_ALPHA8 : GL_RGBA8, data.width(), data.height());
        ByteBuffer pixels = MemoryUtil.memAlloc(data.rgba().length);
        try {
            pixels.put(data.rgba()).flip();
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTextureSubImage2D(id, 0, 0, 0, data.width(), data.height(), GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        } finally {
            MemoryUtil.memFree(pixels);
        }
        glGenerateTextureMipmap(id);
        int wrap = repeat ? GL_REPEAT : GL_CLAMP_TO_EDGE;
        glTextureParameteri(id, GL_TEXTURE_WRAP_S, wrap);
        glTextureParameteri(id, GL_TEXTURE_WRAP_T, wrap);
        glTextureParameteri(id, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
        glTextureParameteri(id, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Bytes of texture storage, every mipmap level included (RGBA8). */
    public long bytes() {
        return bytes;
    }

    public void bind(int unit) {
        glBindTextureUnit(unit, id);
    }

    @Override
    public void close() {
        glDeleteTextures(id);
    }
}
