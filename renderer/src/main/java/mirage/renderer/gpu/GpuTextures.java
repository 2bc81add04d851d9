package mirage.renderer.gpu;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import mirage.assets.TextureData;

/**
 * Image textures (material overrides, backgrounds) by file and kind, uploaded on first use and kept while they fit
 * a byte budget: {@link #trim}, called between frames, never during one, deletes the least recently used ones until
 * the rest fit, so a texture bound for the frame being drawn stays alive. A deleted texture is uploaded again from
 * the same image when a later frame uses it, giving the same pixels. Bounds what a run holds on the GPU (in host
 * memory under llvmpipe) however many images it uses. GL thread only.
 */
final class GpuTextures implements AutoCloseable {
    /** Most bytes of textures (with their mipmaps) kept between frames, per GL context. */
    static final long BUDGET_BYTES = 512L << 20;

    private record Key(Path file, boolean colour) {}

    private final LinkedHashMap<Key, GpuTexture> textures = new LinkedHashMap<>(16, 0.75f, true);
    private final long budget;
    private long bytes;

    GpuTextures(long budget) {
        this.budget = budget;
    }

    /**
     * The texture of {@code file}, uploaded from {@code image} if it is not kept.
     *
     * @param colour true for an sRGB, repeating texture (materials, tiled backgrounds); false for a background image
     *               sampled as stored and clamped
     */
    GpuTexture get(Path file, boolean colour, Supplier<TextureData> image) {
        Key key = new Key(file, colour);
        GpuTexture t = textures.get(key);
        if (t == null) {
            t = new GpuTexture(image.get(), colour, colour);
            textures.put(key, t);
            bytes += t.bytes();
        }
        return t;
    }

    /** Deletes the least recently used textures until the rest fit the budget. */
    void trim() {
        for (Iterator<Map.Entry<Key, GpuTexture>> eldest = textures.entrySet().iterator(); bytes > budget && eldest.hasNext(); ) {
            GpuTexture t = eldest.next().getValue();
            bytes -= t.bytes();
            t.close();
            eldest.remove();
        }
    }

    int size() {
        return textures.size();
    }

    @Override
    public void close() {
        textures.values().forEach(GpuTexture::close);
        textures.clear();
        bytes = 0;
    }
}
