package mirage.renderer.gpu;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import mirage.assets.AssetSource;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Prop;

/**
 * Every GPU object made for a run's assets, uploaded on first use and kept until {@link #close()}: each model,
 * built-in primitive, override texture and background image goes to the GPU once per run. GL thread only.
 */
public final class GpuResources implements AutoCloseable {
    private final Map<Path, GpuModel> models = new LinkedHashMap<>();
    private final Map<Primitive, GpuModel> primitives = new EnumMap<>(Primitive.class);
    private final Map<Path, GpuTexture> textures = new LinkedHashMap<>();
    private final Map<Path, GpuTexture> backgrounds = new LinkedHashMap<>();

    public GpuModel model(Path file, AssetSource assets) {
        return models.computeIfAbsent(file, f -> new GpuModel(assets.model(f)));
    }

    /** A built-in shape's mesh (see {@link PrimitiveMeshes}). */
    public GpuModel primitive(Primitive primitive) {
        return primitives.computeIfAbsent(primitive, p -> new GpuModel(PrimitiveMeshes.model(p)));
    }

    /** The model a prop is drawn with: its primitive or its asset. */
    public GpuModel model(Prop prop, AssetSource assets) {
        return prop.primitive() != null ? primitive(prop.primitive()) : model(prop.asset(), assets);
    }

    /** A colour texture (sRGB, repeating) for material overrides and textured backgrounds. */
    public GpuTexture texture(Path file, AssetSource assets) {
        return textures.computeIfAbsent(file, f -> new GpuTexture(assets.image(f), true, true));
    }

    /** A background image, sampled as stored so its bytes reach the output unchanged where it is not scaled. */
    public GpuTexture background(Path file, AssetSource assets) {
        return backgrounds.computeIfAbsent(file, f -> new GpuTexture(assets.image(f), false, false));
    }

    /** Number of live GL objects (vertex arrays, buffers, textures) these resources hold. */
    public int glObjectCount() {
        int n = textures.size() + backgrounds.size();
        for (GpuModel m : models.values()) n += m.glObjectCount();
        for (GpuModel m : primitives.values()) n += m.glObjectCount();
        return n;
    }

    @Override
    public void close() {
        models.values().forEach(GpuModel::close);
        primitives.values().forEach(GpuModel::close);
        textures.values().forEach(GpuTexture::close);
        backgrounds.values().forEach(GpuTexture::close);
        models.clear();
        primitives.clear();
        textures.clear();
        backgrounds.clear();
    }
}
