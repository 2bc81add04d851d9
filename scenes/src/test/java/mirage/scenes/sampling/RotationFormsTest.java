package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import mirage.core.random.Seeds;
import mirage.scenes.spec.RotationSpec;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.Vec3;
import mirage.scenes.testing.Stats;
import org.joml.Matrix3d;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Axis and list rotations, through the whole sampler (the instance's modelToWorld, scale 1, no centring). Statistical
 * checks use fixed seeds (the spec's seed 0), KS at significance 0.001 (D &lt; 1.95 / sqrt(n)) and chi-square at 0.001.
 */
class RotationFormsTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private List<Matrix3d> rotations(String rotation, int n) {
        SceneSpec spec = specs.simple("{distance: 3}", "{asset: a.glb, category: a, center: false, rotation: " + rotation + "}");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        return IntStream.range(0, n)
                .mapToObj(i -> new Matrix3d(new Matrix4d(sampler.sample(i).instances().get(0).modelToWorld()).get3x3(new Matrix3d())))
                .toList();
    }

    /** The signed angle, degrees in (-180, 180], by which r turns vectors about the unit axis n. */
    private static double angleAbout(Matrix3d r, Vector3d n) {
        Vector3d w = new Vector3d(0.3, 0.7, -0.2);
        Vector3d u = w.sub(new Vector3d(n).mul(n.dot(w)), new Vector3d()).normalize(); // a unit vector normal to n
        Vector3d v = r.transform(new Vector3d(u));
        return Math.toDegrees(Math.atan2(n.dot(new Vector3d(u).cross(v)), u.dot(v)));
    }

    @Test void axisRotationKeepsTheAxisAndItsAngleIsUniform() {
        Vector3d n = new Vector3d(1, 2, 2).normalize();
        int count = 3000;
        double[] angles = new double[count];
        List<Matrix3d> rs = rotations("{axis: [1, 2, 2], angle_deg: {uniform: [10, 80]}}", count);
        for (int i = 0; i < count; i++) {
            Matrix3d r = rs.get(i);
            assertTrue(r.transform(new Vector3d(n)).distance(n) < 1e-6, "the axis stays put");
            angles[i] = angleAbout(r, n);
        }
        double d = Stats.ks(angles, a -> Math.min(1, Math.max(0, (a - 10) / 70)));
        assertTrue(d < Stats.ksCritical(count), "KS D(angle) = " + d);
    }

    @Test void axisAngleFollowsANormal() {
        Vector3d y = new Vector3d(0, 1, 0);
        int count = 3000;
        double[] angles = rotations("{axis: [0, 5, 0], angle_deg: {normal: [0, 20]}}", count).stream()
                .mapToDouble(r -> angleAbout(r, y)).toArray();
        double d = Stats.ks(angles, a -> Stats.normalCdf(a / 20));
        assertTrue(d < Stats.ksCritical(count), "KS D(angle) = " + d);
        // power: a normal of twice the spread is rejected
        assertTrue(Stats.ks(angles, a -> Stats.normalCdf(a / 40)) > Stats.ksCritical(count));
    }

    /** The base rotation comes first: R = Ry(30) * Rx(90), each about the world axes. */
    @Test void baseRotationThenTheTurn() {
        Matrix3d r = rotations("{axis: [0, 1, 0], angle_deg: 30, base_deg: [90, 0, 0]}", 1).get(0);
        Matrix3d expected = new Matrix3d().rotationY(Math.toRadians(30)).mul(new Matrix3d().rotationX(Math.toRadians(90)));
        assertTrue(r.equals(expected, 1e-6), r + " vs " + expected);
        // Rx(90) takes +Y to +Z, then Ry(30) takes +Z to (sin 30, 0, cos 30)
        assertTrue(r.transform(new Vector3d(0, 1, 0)).distance(new Vector3d(0.5, 0, Math.sqrt(3) / 2)) < 1e-6);
    }

    @Test void axisAngleDefaultsToAFullTurn() {
        RotationSpec.Axis a = new RotationSpec.Axis(new Vec3(0, 0, 1), null, null);
        Vector3d z = new Vector3d(0, 0, 1);
        RandomGenerator rng = Seeds.derive(5, 0, "axis");
        int count = 4000;
        double[] angles = new double[count];
        for (int i = 0; i < count; i++) angles[i] = angleAbout(new Matrix3d().rotation(Rotations.sample(a, rng)), z);
        double d = Stats.ks(angles, t -> (t + 180) / 360); // uniform 0..360 seen as (-180, 180]
        assertTrue(d < Stats.ksCritical(count), "KS D = " + d);
    }

    @Test void listRotationsPickEachEntryEquallyOften() {
        List<Vec3> choices = List.of(new Vec3(0, 0, 0), new Vec3(90, 0, 0), new Vec3(0, 90, 0), new Vec3(0, 0, 90));
        int count = 4000;
        long[] hits = new long[choices.size()];
        for (Matrix3d r : rotations("{list_deg: [[0, 0, 0], [90, 0, 0], [0, 90, 0], [0, 0, 90]]}", count)) {
            int found = -1;
            for (int c = 0; c < choices.size(); c++)
                if (r.equals(new Matrix3d().rotation(Rotations.fromEulerDegrees(choices.get(c))), 1e-6)) found = c;
            assertTrue(found >= 0, "not one of the list: " + r);
            hits[found]++;
        }
        double chi = Stats.chiSquareUniform(hits);
        assertTrue(chi < 16.27, "chi-square (3 degrees of freedom, 0.001 critical value 16.27) = " + chi);
    }

    @Test void uniformKeepsItsDrawOrder() {
        RandomGenerator a = Seeds.derive(9, 1, "x"), b = Seeds.derive(9, 1, "x");
        Quaterniond q = Rotations.sample(new RotationSpec.Uniform(), a);
        assertEquals(Rotations.uniform(b), q);
        assertEquals(a.nextLong(), b.nextLong(), "both drew three values");
    }

    @Test void aboutAxisKnownAnswer() {
        Vector3d x = Rotations.aboutAxis(new Vec3(0, 0, 2), 90).transform(new Vector3d(1, 0, 0));
        assertTrue(x.distance(new Vector3d(0, 1, 0)) < 1e-12, "90 degrees about +Z takes +X to +Y: " + x);
    }
}
