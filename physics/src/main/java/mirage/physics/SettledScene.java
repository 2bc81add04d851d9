package mirage.physics;

import java.util.ArrayList;
import java.util.List;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Prop;
import mirage.scenes.model.Scene;
import mirage.scenes.sampling.FrameSample;
import mirage.scenes.settling.BodyRef;
import mirage.scenes.settling.DropBody;
import mirage.scenes.settling.DropPlan;
import mirage.scenes.settling.SettleReport;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;

/**
 * A settlement written back into a scene: each body's object takes its settled pose; under {@code on_failure: drop}
 * the bodies still moving are left out, instances renumbered densely and props closed up; the report names every
 * body by what it became.
 */
final class SettledScene {
    private final Scene scene;
    private final DropPlan plan;
    private final Settlement settled;
    private final boolean dropMoving;

    SettledScene(Scene scene, DropPlan plan, Settlement settled, boolean dropMoving) {
        this.scene = scene;
        this.plan = plan;
        this.settled = settled;
        this.dropMoving = dropMoving;
    }

    FrameSample apply(FrameSample sample, List<Double> masses, double seconds) {
        int n = plan.bodies().size();
        Matrix4fc[] instancePose = new Matrix4fc[scene.instances().size() + 1];
        Matrix4fc[] propPose = new Matrix4fc[scene.props().size()];
        boolean[] instanceGone = new boolean[instancePose.length];
        boolean[] propGone = new boolean[propPose.length];
        for (int k = 0; k < n; k++) {
            BodyRef ref = plan.bodies().get(k).ref();
            boolean gone = dropMoving && settled.moving().get(k);
            Matrix4f pose = new Matrix4f(settled.modelToWorld().get(k));
            if (ref.kind() == BodyRef.Kind.INSTANCE) {
                instancePose[ref.index()] = pose;
                instanceGone[ref.index()] = gone;
            } else {
                propPose[ref.index()] = pose;
                propGone[ref.index()] = gone;
            }
        }
        int[] newInstance = new int[instancePose.length];
        List<Instance> instances = new ArrayList<>();
        for (Instance i : scene.instances()) {
            if (instanceGone[i.index()]) continue;
            newInstance[i.index()] = instances.size() + 1;
            Matrix4fc pose = instancePose[i.index()] != null ? instancePose[i.index()] : i.modelToWorld();
            instances.add(new Instance(instances.size() + 1, i.categoryId(), i.category(), i.asset(), pose, i.material(), i.keypoints()));
        }
        int[] newProp = new int[propPose.length];
        List<Prop> props = new ArrayList<>();
        for (int p = 0; p < propPose.length; p++) {
            newProp[p] = propGone[p] ? -1 : props.size();
            if (propGone[p]) continue;
            Prop old = scene.props().get(p);
            props.add(new Prop(old.role(), old.asset(), old.primitive(), propPose[p] != null ? propPose[p] : old.modelToWorld(), old.material()));
        }
        Scene out = scene.withObjects(instances, props);
        List<SettleReport.Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BodyRef ref = now(plan.bodies().get(k).ref(), newInstance, newProp);
            List<SettleReport.Support> on = new ArrayList<>();
            for (Support s : settled.restsOn().get(k)) {
                SettleReport.Support r = support(s, plan.bodies(), newInstance, newProp);
                if (r != null && !on.contains(r)) on.add(r);
            }
            outcomes.add(new SettleReport.Outcome(ref, masses.get(k), settled.moving().get(k), on));
        }
        return sample.settledAs(out, new SettleReport(plan, settled.steps(), settled.atRest(), outcomes, seconds));
    }

    /** A body's scene object after renumbering, or null when it was left out. */
    private static BodyRef now(BodyRef ref, int[] newInstance, int[] newProp) {
        if (ref.kind() == BodyRef.Kind.INSTANCE) return newInstance[ref.index()] == 0 ? null : BodyRef.instance(newInstance[ref.index()]);
        return newProp[ref.index()] < 0 ? null : BodyRef.prop(newProp[ref.index()]);
    }

    /** Planes are the ground; boxes are the bin; bodies are named by what they became (null if left out). */
    private static SettleReport.Support support(Support s, List<DropBody> bodies, int[] newInstance, int[] newProp) {
        return switch (s.kind()) {
            case PLANE -> SettleReport.Support.GROUND;
            case BOX -> SettleReport.Support.BIN;
            case BODY -> {
                BodyRef ref = now(bodies.get(s.index()).ref(), newInstance, newProp);
                yield ref == null ? null : SettleReport.Support.on(ref);
            }
        };
    }
}
