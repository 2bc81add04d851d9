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
 * Every GPU object made for a run's assets, uploaded on first use: each model and built-in primitive goes to the GPU
 * once per run and stays until {@link #close()}; override textures and background images stay while they fit the
 * budget of {@link GpuTextures}, trimmed by {@link #endFrame()}. GL thread only.
 */
public final class GpuResources implements AutoCloseable {
    private final Map<Path, GpuModel> models = new LinkedHashMap<>();
    private final Map<Primitive, GpuModel> primitives = new EnumMap<>(Primitive.class);
    private final GpuTextures textures = new GpuTextures(GpuTextures.BUDGET_BYTES);

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
        return textures.get(file, GpuTextures.Kind.COLOUR, () -> assets.image(file));
    }

    /** A data texture (sampled as stored, repeating): a texture set's normal, roughness, metallic or occlusion map. */
    public GpuTexture map(Path file, AssetSource assets) {
        return textures.get(file, GpuTextures.Kind.DATA, () -> assets.image(file));
    }

    /** A background image, sampled as stored so its bytes reach the output unchanged where it is not scaled. */
    public GpuTexture background(Path file, AssetSource assets) {
        return textures.get(file, GpuTextures.Kind.BACKGROUND, () -> assets.image(file));
    }

    /** After a frame: drops image textures beyond the budget, least recently used first (see {@link GpuTextures}). */
    public void endFrame() {
        textures.trim();
    }

    /** Number of live GL objects (vertex arrays, buffers, textures) these resources hold. */
    public int glObjectCount() {
        int n = textures.size();
        for (GpuModel m : models.values()) n += m.glObjectCount();
        for (GpuModel m : primitives.values()) n += m.glObjectCount();
        return n;
    }

    @Override
    public void close() {
        models.values().forEach(GpuModel::close);
        primitives.values().forEach(GpuModel::close);
        textures.close();
        models.clear();
        primitives.clear();
    }
}
