package mirage.physics;

import java.util.ArrayList;
import java.util.List;
import mirage.assets.Model;
import mirage.assets.primitives.PrimitiveMeshes;
import mirage.core.geom.Primitive;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/** Test worlds: primitives as bodies, a floor plane, bins of static boxes. */
final class Worlds {
    static final ShapeLibrary SHAPES = new ShapeLibrary(null);
    static final Vector3d GRAVITY = new Vector3d(0, -9.81, 0);
    static final double DT = 1.0 / 240;
    static final PhysicsWorld.RestRule REST = new PhysicsWorld.RestRule(0.005, 0.05, 30);

    private Worlds() {}

    static Model model(Primitive p) {
        return PrimitiveMeshes.model(p);
    }

    static ConvexParts parts(Primitive p, CollisionKind kind) {
        return SHAPES.parts(PrimitiveMeshes.source(p), model(p), kind);
    }

    static PhysicsWorld.StaticPlane floor() {
        return new PhysicsWorld.StaticPlane(new Vector3d(0, 1, 0), 0, 0.6, 0.0);
    }

    static PhysicsWorld.Body body(ConvexParts parts, Matrix4d pose) {
        return new PhysicsWorld.Body(parts, pose, 0.2, 0.6, 0.0);
    }

    static PhysicsWorld world(List<PhysicsWorld.StaticPlane> planes, List<PhysicsWorld.StaticBox> boxes,
                              List<PhysicsWorld.Body> bodies, int maxSteps) {
        return new PhysicsWorld(GRAVITY, DT, maxSteps, REST, planes, boxes, bodies);
    }

    /** A bin: floor slab (top at y = 0) and four walls, inner half size {@code half} m, walls {@code height} m. */
    static List<PhysicsWorld.StaticBox> bin(double half, double height) {
        double t = 0.01;
        List<PhysicsWorld.StaticBox> boxes = new ArrayList<>();
        boxes.add(box(0, -t, 0, half + 2 * t, t, half + 2 * t));
        boxes.add(box(half + t, height / 2, 0, t, height / 2, half + 2 * t));
        boxes.add(box(-half - t, height / 2, 0, t, height / 2, half + 2 * t));
        boxes.add(box(0, height / 2, half + t, half, height / 2, t));
        boxes.add(box(0, height / 2, -half - t, half, height / 2, t));
        return boxes;
    }

    static PhysicsWorld.StaticBox box(double x, double y, double z, double hx, double hy, double hz) {
        return new PhysicsWorld.StaticBox(new Matrix4d().translation(x, y, z), new Vector3d(hx, hy, hz), 0.5, 0.0);
    }

    /** {@code count} mixed primitives (hull parts) scaled 4–8 cm, spread over a grid above the bin. */
    static List<PhysicsWorld.Body> mixed(int count, long seed) {
        java.util.Random r = new java.util.Random(seed);
        Primitive[] kinds = {Primitive.CUBE, Primitive.SPHERE, Primitive.CYLINDER, Primitive.CONE, Primitive.TORUS};
        List<PhysicsWorld.Body> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Primitive p = kinds[i % kinds.length];
            double s = 0.04 + 0.04 * r.nextDouble();
            Matrix4d pose = new Matrix4d().translation((i % 4 - 1.5) * 0.09, 0.1 + 0.09 * (i / 16), ((i / 4) % 4 - 1.5) * 0.09)
                    .rotateXYZ(r.nextDouble() * 6, r.nextDouble() * 6, r.nextDouble() * 6)
                    .scale(s, s * (0.8 + 0.4 * r.nextDouble()), s);
            out.add(body(parts(p, CollisionKind.HULL), pose));
        }
        return out;
    }
}
