package mirage.renderer.pass;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetSource;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
import mirage.scenes.model.Ground;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Scene;
import org.joml.Matrix4fc;

/**
 * One object a frame draws lit and shadowed: a labelled instance (id = its 1-based index) or a prop (id 0, so it
 * is background in every mask while still hiding what is behind it).
 *
 * @param instanceId the value its pixels get in the instance-id target
 */
public record Drawable(GpuModel model, Matrix4fc modelToWorld, Material material, int instanceId) {
    /** The scene's instances, then its props, with their models uploaded on first use. GL thread only. */
    public static List<Drawable> of(Scene scene, GpuResources gpu, AssetSource assets) {
        List<Drawable> out = new ArrayList<>(scene.instances().size() + scene.props().size());
        for (Instance i : scene.instances())
            out.add(new Drawable(gpu.model(i.asset(), assets), i.modelToWorld(), i.material(), i.index()));
        for (Prop p : scene.props()) out.add(new Drawable(gpu.model(p, assets), p.modelToWorld(), p.material(), 0));
        return out;
    }

    /**
     * {@code casters} (from {@link #of}) with the scene's ground added when it has a material; a shadow catcher is
     * drawn apart ({@link ShadedPass}). The ground is in no shadow map, so it is never among the casters.
     */
    public static List<Drawable> withGround(List<Drawable> casters, Scene scene, GpuResources gpu, AssetSource assets) {
        Ground g = scene.ground();
        if (g == null || g.shadowCatcher()) return casters;
        List<Drawable> out = new ArrayList<>(casters);
        out.add(ground(g, gpu, assets));
        return out;
    }

    /** The ground's slab as a prop (id 0). */
    public static Drawable ground(Ground g, GpuResources gpu, AssetSource assets) {
        Prop p = g.prop();
        return new Drawable(gpu.model(p, assets), p.modelToWorld(), p.material(), 0);
    }
}
