package mirage.renderer.gpu;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mirage.assets.AssetSource;

/**
 * Every GPU object made for a run's assets, uploaded on first use and kept until {@link #close()}: each model,
 * override texture and background image goes to the GPU once per run. GL thread only.
 */
public final class GpuResources implements AutoCloseable {
    private final Map<Path, GpuModel> models = new LinkedHashMap<>();
    private final Map<Path, GpuTexture> textures = new LinkedHashMap<>();
    private final Map<Path, GpuTexture> backgrounds = new LinkedHashMap<>();

    public GpuModel model(Path file, AssetSource assets) {
        GpuModel m = models.get(file);
        if (m == null) {
            m = new GpuModel(assets.model(file));
            models.put(file, m);
        }
        return m;
    }

    /** A colour texture (sRGB, repeating) for material overrides. */
    public GpuTexture texture(Path file, AssetSource assets) {
        GpuTexture t = textures.get(file);
        if (t == null) {
            t = new GpuTexture(assets.image(file), true, true);
            textures.put(file, t);
        }
        return t;
    }

    /** A background image, sampled as stored so its bytes reach the output unchanged where it is not scaled. */
    public GpuTexture background(Path file, AssetSource assets) {
        GpuTexture t = backgrounds.get(file);
        if (t == null) {
            t = new GpuTexture(assets.image(file), false, false);
            backgrounds.put(file, t);
        }
        return t;
    }

    /** Number of live GL objects (vertex arrays, buffers, textures) these resources hold. */
    public int glObjectCount() {
        int n = textures.size() + backgrounds.size();
        for (GpuModel m : models.values()) n += m.glObjectCount();
        return n;
    }

    @Override
    public void close() {
        models.values().forEach(GpuModel::close);
        textures.values().forEach(GpuTexture::close);
        backgrounds.values().forEach(GpuTexture::close);
        models.clear();
        textures.clear();
        backgrounds.clear();
    }
}
