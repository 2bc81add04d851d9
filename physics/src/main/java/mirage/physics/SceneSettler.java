package mirage.physics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mirage.assets.AssetSource;
import mirage.assets.Model;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.error.MirageException;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.BinProps;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.settling.BodyRef;
import mirage.scenes.settling.DropBody;
import mirage.scenes.settling.DropPlan;
import mirage.scenes.settling.SettleReport;
import mirage.scenes.spec.BinSpec;
import mirage.scenes.spec.CollisionSpec;
import mirage.scenes.spec.PhysicsSpec;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;

/**
 * Settles a sampled frame ({@link FrameSample#needsSettling()}): its {@link DropPlan} becomes one
 * {@link PhysicsWorld} (a static plane per support height, the bin's boxes and a ground plane under it, a body per
 * dropped object at its start pose), the {@link Settler} runs it, and the settled poses replace the start poses
 * in a new scene. Static surfaces take friction and restitution 1, so Bullet's products leave each body's own
 * values. Thread-safe: collision shapes come from the shared {@link ShapeLibrary}; each call builds its own world.
 */
public final class SceneSettler {
    private final AssetSource assets;
    private final ShapeLibrary shapes;

    public SceneSettler(AssetSource assets, ShapeLibrary shapes) {
        this.assets = assets;
        this.shapes = shapes;
    }

    /** The frame settled, with its report; {@code on_failure: error} throws naming the frame. */
    public FrameSample settle(FrameSample sample) {
        DropPlan plan = sample.drop();
        Scene scene = sample.scene();
        PhysicsSpec spec = plan.spec();
        Statics statics = Statics.of(plan);
        List<PhysicsWorld.Body> bodies = new ArrayList<>();
        List<Double> masses = new ArrayList<>();
        for (DropBody b : plan.bodies()) {
            Shape shape = shapeOf(scene, b);
            ConvexParts parts = shapes.parts(shape.key(), shape.model(), kind(b.collision()));
            double mass = b.mass() != null ? b.mass() : b.density() * parts.volume() * scaleProduct(shape.pose());
            masses.add(mass);
            bodies.add(new PhysicsWorld.Body(parts, shape.pose(), mass, b.friction(), b.restitution()));
        }
        PhysicsWorld world = new PhysicsWorld(new Vector3d(0, -plan.gravity(), 0), spec.timeStep(), spec.maxSteps(),
                new PhysicsWorld.RestRule(spec.rest().linearSpeed(), spec.rest().angularSpeed(), spec.rest().steps()),
                statics.planes(), statics.boxes(), bodies);
        long t0 = System.nanoTime();
        Settlement settled = Settler.settle(world);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!settled.atRest() && spec.onFailure() == PhysicsSpec.OnFailure.ERROR)
            throw new MirageException("frame " + scene.frameIndex() + ": placement.physics: " + count(settled.moving())
                    + " objects still move after " + settled.steps() + " steps (max_steps); raise max_steps, loosen rest, "
                    + "or set on_failure: keep or drop");
        boolean drop = !settled.atRest() && spec.onFailure() == PhysicsSpec.OnFailure.DROP;
        return new SettledScene(scene, plan, settled, drop).apply(sample, masses, seconds);
    }

    /** The asset (or primitive) a body moves, its cache key and its start pose. */
    private Shape shapeOf(Scene scene, DropBody b) {
        if (b.ref().kind() == BodyRef.Kind.INSTANCE) {
            Instance inst = scene.instances().get(b.ref().index() - 1);
            return new Shape(inst.asset(), assets.model(inst.asset()), new Matrix4d(inst.modelToWorld()));
        }
        Prop p = scene.props().get(b.ref().index());
        if (p.primitive() != null)
            return new Shape(PrimitiveMeshes.source(p.primitive()), PrimitiveMeshes.model(p.primitive()), new Matrix4d(p.modelToWorld()));
        return new Shape(p.asset(), assets.model(p.asset()), new Matrix4d(p.modelToWorld()));
    }

    private record Shape(java.nio.file.Path key, Model model, Matrix4d pose) {}

    public static CollisionKind kind(CollisionSpec c) {
        return switch (c) {
            case HULL -> CollisionKind.HULL;
            case VHACD -> CollisionKind.VHACD;
            case BOX -> CollisionKind.BOX;
        };
    }

    /** sx·sy·sz of a T·R·S pose: model volume to world volume. */
    private static double scaleProduct(Matrix4d pose) {
        return Math.abs(pose.determinant3x3());
    }

    private static int count(List<Boolean> flags) {
        return (int) flags.stream().filter(Boolean::booleanValue).count();
    }

    /**
     * The world's static surfaces: one plane per distinct support height (in order of first use), then with a bin its
     * ground plane; the bin's five boxes. {@code planeOfHeight} maps a body's support to its plane.
     */
    record Statics(List<PhysicsWorld.StaticPlane> planes, List<PhysicsWorld.StaticBox> boxes, Map<Double, Integer> planeOfHeight) {
        static Statics of(DropPlan plan) {
            List<PhysicsWorld.StaticPlane> planes = new ArrayList<>();
            Map<Double, Integer> index = new HashMap<>();
            BinSpec bin = plan.spec().bin();
            for (DropBody b : plan.bodies())
                if (b.supportY() != null && !index.containsKey(b.supportY())) {
                    index.put(b.supportY(), planes.size());
                    planes.add(plane(b.supportY()));
                }
            List<PhysicsWorld.StaticBox> boxes = new ArrayList<>();
            if (bin != null) {
                if (!index.containsKey(bin.height())) {
                    index.put(bin.height(), planes.size());
                    planes.add(plane(bin.height()));
                }
                for (Matrix4f box : BinProps.boxes(bin)) {
                    Matrix4d m = new Matrix4d(box);
                    Vector3d half = m.getScale(new Vector3d()).mul(0.5);
                    boxes.add(new PhysicsWorld.StaticBox(new Matrix4d().translation(m.getTranslation(new Vector3d())), half, 1, 1));
                }
            }
            return new Statics(planes, boxes, index);
        }

        private static PhysicsWorld.StaticPlane plane(double height) {
            return new PhysicsWorld.StaticPlane(new Vector3d(0, 1, 0), height, 1, 1);
        }
    }
}
