package mirage.renderer.environment;

import static org.lwjgl.opengl.GL45C.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mirage.assets.HdrFiles;

/**
 * The environments of one GL context: each map read and pre-filtered once and kept while it is among the
 * {@link #CAPACITY} most recently used and they fit {@link #MAX_BYTES} together (a spec's folder rarely holds more,
 * so each map is filtered once per run), plus the split-sum BRDF table, made once. Owns their GL objects; GL thread only.
 */
public final class EnvironmentCache implements AutoCloseable {
    public static final int CAPACITY = 8;
    /** Texture memory the kept maps may hold together (the last one used is kept whatever its size). */
    public static final long MAX_BYTES = 512L << 20;

    private final Map<Path, GpuEnvironment> maps = new LinkedHashMap<>(16, 0.75f, true);
    private int brdf;
    private long filterNanos;

    /** The environment of a map file, read and pre-filtered on first use. */
    public GpuEnvironment get(Path map) {
        GpuEnvironment env = maps.get(map);
        if (env != null) return env;
        long t0 = System.nanoTime();
        env = new GpuEnvironment(PrefilteredEnvironment.of(HdrFiles.read(map)));
        filterNanos += System.nanoTime() - t0;
        maps.put(map, env);
        while (maps.size() > 1 && (maps.size() > CAPACITY || bytes() > MAX_BYTES)) {
            var eldest = maps.entrySet().iterator().next();
            eldest.getValue().close();
            maps.remove(eldest.getKey());
        }
        return env;
    }

    private long bytes() {
        return maps.values().stream().mapToLong(GpuEnvironment::bytes).sum();
    }

    /** Time spent reading and pre-filtering maps so far, nanoseconds. */
    public long filterNanos() {
        return filterNanos;
    }

    /** Binds the BRDF table (RG32F, linear, clamped), making it on first use. */
    public void bindBrdf(int unit) {
        if (brdf == 0) {
            brdf = glCreateTextures(GL_TEXTURE_2D);
            glTextureStorage2D(brdf, 1, GL_RG32F, BrdfTable.SIZE, BrdfTable.SIZE);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            glTextureSubImage2D(brdf, 0, 0, 0, BrdfTable.SIZE, BrdfTable.SIZE, GL_RG, GL_FLOAT, BrdfTable.compute());
            glTextureParameteri(brdf, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTextureParameteri(brdf, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glTextureParameteri(brdf, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTextureParameteri(brdf, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        }
        glBindTextureUnit(unit, brdf);
    }

    /** GL objects held, for leak checks. */
    public int glObjectCount() {
        return maps.size() + (brdf != 0 ? 1 : 0);
    }

    @Override
    public void close() {
        for (GpuEnvironment env : maps.values()) env.close();
        maps.clear();
        if (brdf != 0) glDeleteTextures(brdf);
        brdf = 0;
    }
}
