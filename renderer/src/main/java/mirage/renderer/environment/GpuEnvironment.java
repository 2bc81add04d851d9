package mirage.renderer.environment;

import static org.lwjgl.opengl.GL45C.*;

import java.nio.FloatBuffer;
import java.util.List;
import org.lwjgl.system.MemoryUtil;

/**
 * A pre-filtered environment on the GPU: its specular mip chain as one RGB32F equirectangular texture (wrapping in
 * u, clamped in v, trilinear) and its SH irradiance coefficients. Owns the texture; GL thread only.
 */
public final class GpuEnvironment implements AutoCloseable {
    private final int texture;
    private final int levels;
    private final float[] sh;
    private final long bytes;

    public GpuEnvironment(PrefilteredEnvironment env) {
        levels = env.levels().size();
        sh = env.irradiance().shaderCoefficients();
        texture = glCreateTextures(GL_TEXTURE_2D);
        glTextureStorage2D(texture, levels, GL_RGB32F, env.width(), env.height());
        List<float[]> data = env.levels();
        bytes = 4L * data.stream().mapToLong(level -> level.length).sum();
        FloatBuffer buf = MemoryUtil.memAllocFloat(data.get(0).length);
        try {
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            for (int k = 0; k < levels; k++) {
                buf.clear();
                buf.put(data.get(k)).flip();
                glTextureSubImage2D(texture, k, 0, 0, env.width() >> k, env.height() >> k, GL_RGB, GL_FLOAT, buf);
            }
        } finally {
            MemoryUtil.memFree(buf);
        }
        glTextureParameteri(texture, GL_TEXTURE_WRAP_S, GL_REPEAT);
        glTextureParameteri(texture, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTextureParameteri(texture, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
        glTextureParameteri(texture, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTextureParameteri(texture, GL_TEXTURE_MAX_LEVEL, levels - 1);
    }

    /** The last mip level (roughness 1). */
    public float maxLod() {
        return levels - 1;
    }

    /** {@code u_envSh}: 9 x RGB. */
    public float[] sh() {
        return sh;
    }

    /** Texture memory held, bytes. */
    public long bytes() {
        return bytes;
    }

    public void bind(int unit) {
        glBindTextureUnit(unit, texture);
    }

    @Override
    public void close() {
        if (texture != 0) glDeleteTextures(texture);
    }
}
