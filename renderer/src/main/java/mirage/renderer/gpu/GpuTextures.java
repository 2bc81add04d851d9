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

    /** How an image is sampled. */
    enum Kind {
        /** sRGB, repeating: materials' colour images, tiled backgrounds. */
        COLOUR(true, true),
        /** As stored, clamped: background photos. */
        BACKGROUND(false, false),
        /** As stored (linear), repeating: a texture set's normal, roughness, metallic and occlusion maps. */
        DATA(false, true);

        final boolean srgb;
        final boolean repeat;

        Kind(boolean srgb, boolean repeat) {
            this.srgb = srgb;
            this.repeat = repeat;
        }
    }

    private record Key(Path file, Kind kind) {}

    private final LinkedHashMap<Key, GpuTexture> textures = new LinkedHashMap<>(16, 0.75f, true);
    private final long budget;
    private long bytes;

    GpuTextures(long budget) {
        this.budget = budget;
    }

    /** The texture of {@code file} sampled as {@code kind}, uploaded from {@code image} if it is not kept. */
    GpuTexture get(Path file, Kind kind, Supplier<TextureData> image) {
        Key key = new Key(file, kind);
        GpuTexture t = textures.get(key);
        if (t == null) {
            t = new GpuTexture(image.get(), kind.srgb, kind.repeat);
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
