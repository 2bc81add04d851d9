package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

/** Single-level 2D textures that render targets draw into and later passes read texel by texel. GL thread only. */
final class TargetTextures {
    private TargetTextures() {}

    /**
     * A new {@code w x h} texture of {@code format} with nearest filtering (read with texelFetch or at texel centres;
     * an integer texture with linear filters would be incomplete). The caller owns it.
     */
    static int nearest(int format, int w, int h) {
        int texture = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(texture, 1, format, w, h);
        glTextureParameteri(texture, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTextureParameteri(texture, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        return texture;
    }
}
