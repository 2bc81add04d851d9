package mirage.cli.run;

import mirage.assets.AssetLibrary;
import mirage.physics.SceneSettler;
import mirage.physics.ShapeLibrary;
import mirage.scenes.spec.ObjectSpec;
import mirage.scenes.spec.PhysicsSpec;
import mirage.scenes.spec.SceneSpec;

/**
 * A run part's settler, with the collision shapes of its object entries built before any frame (once per asset and
 * kind per run), so a shape that cannot be built fails the run up front, not mid-run. Distractor shapes are built
 * on first use. The bench settles through it too.
 */
public final class CollisionShapes {
    private CollisionShapes() {}

    /** The part's settler, or null when its spec does not settle. */
    public static SceneSettler settler(SceneSpec spec, AssetLibrary assets, ShapeLibrary shapes) {
        PhysicsSpec physics = spec.placement().physics();
        if (physics == null) return null;
        for (ObjectSpec o : spec.objects()) {
            var kind = SceneSettler.kind(o.collision() != null ? o.collision() : physics.collision());
            shapes.parts(o.asset().path(), assets.model(o.asset().path()), kind);
        }
        return new SceneSettler(assets, shapes);
    }
}
