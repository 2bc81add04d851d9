package mirage.scenes.sampling;

import java.util.List;
import java.util.random.RandomGenerator;
import mirage.core.geom.Primitive;
import mirage.scenes.model.Material;
import mirage.scenes.model.Prop;
import mirage.scenes.spec.BinSpec;
import org.joml.Matrix4f;

/**
 * The bin of {@code placement.physics.bin} as five unit-cube props (floor, then the walls at -x, +x, -z, +z), scaled
 * to their boxes; one material for all five. The walls stand on the floor's edge, so the inside is exactly
 * {@code size}. The settler uses the same boxes as static colliders.
 */
public final class BinProps {
    private BinProps() {}

    static List<Prop> of(BinSpec bin, RandomGenerator rng) {
        Material material = MaterialSampler.sample(bin.material(), rng);
        return boxes(bin).stream().map(box -> new Prop(Prop.Role.BIN, null, Primitive.CUBE, box, material)).toList();
    }

    /** Each box as T(centre) * S(edges) of the unit cube centred on the origin. */
    public static List<Matrix4f> boxes(BinSpec bin) {
        double w = bin.width(), h = bin.wallHeight(), d = bin.depth(), t = bin.wall();
        double cx = bin.center().get(0), cz = bin.center().get(1), y0 = bin.height();
        double wallY = y0 + t + h / 2;
        return List.of(
                box(cx, y0 + t / 2, cz, w + 2 * t, t, d + 2 * t),
                box(cx - (w + t) / 2, wallY, cz, t, h, d + 2 * t),
                box(cx + (w + t) / 2, wallY, cz, t, h, d + 2 * t),
                box(cx, wallY, cz - (d + t) / 2, w, h, t),
                box(cx, wallY, cz + (d + t) / 2, w, h, t));
    }

    private static Matrix4f box(double x, double y, double z, double sx, double sy, double sz) {
        return new Matrix4f().translation((float) x, (float) y, (float) z).scale((float) sx, (float) sy, (float) sz);
    }
}
