package mirage.renderer.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.lwjgl.opengl.GL45C.GL_RGBA;
import static org.lwjgl.opengl.GL45C.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL45C.glGetTexImage;
import static org.lwjgl.opengl.GL45C.GL_TEXTURE_2D;
import static org.lwjgl.opengl.GL45C.glPixelStorei;
import static org.lwjgl.opengl.GL45C.GL_PACK_ALIGNMENT;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import mirage.assets.TextureData;
import mirage.renderer.egl.EglContext;
import mirage.renderer.egl.GlDevice;
import org.junit.jupiter.api.Test;
import org.lwjgl.system.MemoryUtil;

/**
 * Image textures stay within their byte budget between frames, never lose one during a frame, and a texture
 * dropped and uploaded again holds the same texels.
 */
class GpuTexturesTest {
    private final AtomicInteger uploads = new AtomicInteger();

    private TextureData image(int seed) {
        uploads.incrementAndGet();
        byte[] rgba = new byte[8 * 8 * 4];
        for (int i = 0; i < rgba.length; i++) rgba[i] = (byte) (seed * 37 + i * 11);
        return new TextureData(8, 8, rgba, "image" + seed);
    }

    @Test void keepsTheBudgetBetweenFramesAndReuploadsTheSameTexels() {
        try (EglContext context = EglContext.open(GlDevice.AUTO)) {
            long one = (8 * 8 + 4 * 4 + 2 * 2 + 1) * 4;   // an 8x8 texture and its mipmaps
            try (GpuTextures textures = new GpuTextures(2 * one)) {
                for (int i = 0; i < 5; i++) textures.get(Path.of("f" + i), GpuTextures.Kind.COLOUR, () -> image(0));
                assertEquals(5, textures.size(), "nothing is dropped during a frame");
                textures.trim();
                assertEquals(2, textures.size(), "the budget holds two");
                GpuTexture kept = textures.get(Path.of("f4"), GpuTextures.Kind.COLOUR, () -> image(4));
                assertSame(kept, textures.get(Path.of("f4"), GpuTextures.Kind.COLOUR, () -> image(4)));
                assertEquals(5, uploads.get(), "the most recent ones are kept");
                GpuTexture again = textures.get(Path.of("f0"), GpuTextures.Kind.BACKGROUND, () -> image(0));
                assertEquals(6, uploads.get(), "f0 was dropped and is uploaded again");
                assertArrayEquals(image(0).rgba(), texels(again));
            }
        }
    }

    /** Level 0 of the texture, read back through texture unit 0 (the active unit). */
    private static byte[] texels(GpuTexture t) {
        ByteBuffer b = MemoryUtil.memAlloc(t.width() * t.height() * 4);
        try {
            t.bind(0);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glGetTexImage(GL_TEXTURE_2D, 0, GL_RGBA, GL_UNSIGNED_BYTE, b);
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } finally {
            MemoryUtil.memFree(b);
        }
    }
}
