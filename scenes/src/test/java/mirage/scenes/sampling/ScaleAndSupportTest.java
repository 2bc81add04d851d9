package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.testing.Stats;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-axis scale and support planes. Test asset bounds: min (1, 2, 3), max (3, 6, 7). KS at significance 0.001
 * with the spec's seed 0.
 */
class ScaleAndSupportTest {
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private SceneSpec object(String fields) {
        return specs.simple("{distance: 3}", "{asset: a.glb, category: a, " + fields + "}");
    }

    private static double column(Matrix4d m, int i) {
        return m.getColumn(i, new Vector3d()).length();
    }

    @Test void perAxisScalesAreTheColumnLengths() {
        SceneSpec spec = object("center: false, scale: [{uniform: [0.5, 1]}, 2, {uniform: [1, 3]}]");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        int n = 3000;
        double[] sx = new double[n], sz = new double[n];
        for (int i = 0; i < n; i++) {
            Matrix4d m = new Matrix4d(sampler.sample(i).instances().get(0).modelToWorld());
            sx[i] = column(m, 0);
            assertEquals(2, column(m, 1), 1e-6);
            sz[i] = column(m, 2);
        }
        double dx = Stats.ks(sx, v -> Math.min(1, Math.max(0, (v - 0.5) / 0.5)));
        double dz = Stats.ks(sz, v -> Math.min(1, Math.max(0, (v - 1) / 2)));
        assertTrue(dx < Stats.ksCritical(n), "KS D(x scale) = " + dx);
        assertTrue(dz < Stats.ksCritical(n), "KS D(z scale) = " + dz);
    }

    /** The drawn values themselves, in draw order: position x, y, z; rotation (3 values); scale x, y, z. */
    @Test void columnLengthsEqualTheDrawnValues() {
        SceneSpec spec = object("center: false, scale: [{uniform: [0.5, 1]}, {uniform: [2, 3]}, {uniform: [1, 3]}]");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 20; i++) {
            RandomGenerator rng = Seeds.derive(spec.seed(), i, "objects/0");
            for (int k = 0; k < 6; k++) rng.nextDouble();
            double[] expected = {0.5 + 0.5 * rng.nextDouble(), 2 + rng.nextDouble(), 1 + 2 * rng.nextDouble()};
            Matrix4d m = new Matrix4d(sampler.sample(i).instances().get(0).modelToWorld());
            for (int axis = 0; axis < 3; axis++) assertEquals(expected[axis], column(m, axis), 1e-6);
        }
    }

    @Test void oneScaleIsOneDrawForAllAxes() {
        SceneSpec spec = object("scale: {uniform: [0.5, 2]}");
        Matrix4d m = new Matrix4d(new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(3).instances().get(0).modelToWorld());
        assertEquals(column(m, 0), column(m, 1), 1e-6);
        assertEquals(column(m, 0), column(m, 2), 1e-6);
    }

    /** The lowest of the 8 placed corners of the bounding box, from a pose in double precision. */
    private static double lowest(Matrix4d m) {
        double low = Double.POSITIVE_INFINITY;
        for (int c = 0; c < 8; c++) low = Math.min(low, m.transformPosition(ExactBoxes.corner(TestSpecs.BOUNDS, c)).y);
        return low;
    }

    @Test void supportedObjectsRestOnThePlane() {
        for (String center : new String[] {"true", "false"}) {
            SceneSpec spec = object("center: " + center + ", scale: [{uniform: [0.2, 1]}, {uniform: [0.2, 1]}, 0.5], "
                    + "support: {height: 0.25, min: [-1, -2], max: [1, 2]}");
            ObjectSampler sampler = new ObjectSampler(spec.objects().get(0), TestSpecs.BOUNDS, "objects[0]");
            RandomGenerator rng = Seeds.derive(3, 0, "support");
            for (int k = 0; k < 2000; k++) assertEquals(0.25, lowest(sampler.pose(rng)), 1e-9, "center " + center);
        }
    }

    /** Through the whole sampler (float matrices): on the plane, and the centre uniform in the rectangle. */
    @Test void supportCentresAreUniformInTheRectangle() {
        SceneSpec spec = object("support: {height: -1, min: [-1, -2], max: [1, 2]}");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        int n = 3000;
        double[] x = new double[n], z = new double[n];
        for (int i = 0; i < n; i++) {
            Matrix4d m = new Matrix4d(sampler.sample(i).instances().get(0).modelToWorld());
            assertEquals(-1, lowest(m), 1e-5);
            Vector3d centre = m.transformPosition(new Vector3d(2, 4, 5));
            x[i] = centre.x;
            z[i] = centre.z;
        }
        assertTrue(Stats.ks(x, v -> Math.min(1, Math.max(0, (v + 1) / 2))) < Stats.ksCritical(n));
        assertTrue(Stats.ks(z, v -> Math.min(1, Math.max(0, (v + 2) / 4))) < Stats.ksCritical(n));
    }

    @Test void distractorsRestOnTheirSupportToo() {
        SceneSpec spec = specs.load(specs.simpleYaml("{distance: 3}", "{asset: a.glb, category: a}")
                + "distractors:\n  - {count: 5, size: {uniform: [0.1, 0.5]}, support: {height: 0.5, min: [-1, -1], max: [1, 1]}}\n");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        for (int i = 0; i < 50; i++) {
            Scene s = sampler.sample(i);
            assertEquals(5, s.props().size());
            for (var p : s.props()) {
                Matrix4d m = new Matrix4d(p.modelToWorld());
                double low = Double.POSITIVE_INFINITY;
                for (int c = 0; c < 8; c++) low = Math.min(low, m.transformPosition(ExactBoxes.corner(p.primitive().bounds(), c)).y);
                assertEquals(0.5, low, 1e-5);
            }
        }
    }
}
