package mirage.renderer.pass;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.AssetSource;
import mirage.renderer.gpu.GpuModel;
import mirage.renderer.gpu.GpuResources;
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
}
