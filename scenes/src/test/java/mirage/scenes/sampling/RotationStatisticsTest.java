package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.random.RandomGenerator;
import mirage.core.random.Seeds;
import mirage.scenes.spec.SceneSpec;
import mirage.scenes.spec.Vec3;
import mirage.scenes.testing.Stats;
import org.joml.Matrix4f;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uniformity of sampled rotations over SO(3), with fixed seeds and the Kolmogorov-Smirnov critical value at
 * significance 0.001 (D &lt; 1.95 / sqrt(n)).
 */
class RotationStatisticsTest {
    @TempDir Path tmp;

    /** Through the whole sampler: the rotated +Z axis of frame i's only instance, for 4000 frames. */
    @Test void rotatedZAxisIsUniformOnTheSphere() {
        SceneSpec spec = new TestSpecs(tmp).simple("{distance: 3}", "{asset: a.glb, category: a, center: false}");
        SceneSampler sampler = new SceneSampler(spec, TestSpecs.FIXED_BOUNDS);
        int n = 4000;
        double[] z = new double[n];
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            Matrix4f m = new Matrix4f(sampler.sample(i).instances().get(0).modelToWorld());
            z[i] = m.m22();
            phi[i] = Math.atan2(m.m21(), m.m20());
        }
        // on the unit sphere, z is uniform on [-1, 1] (Archimedes) and the azimuth uniform on [-pi, pi]
        double dz = Stats.ks(z, v -> (v + 1) / 2);
        double dphi = Stats.ks(phi, v -> (v + Math.PI) / (2 * Math.PI));
        assertTrue(dz < Stats.ksCritical(n), "KS D(z) = " + dz);
        assertTrue(dphi < Stats.ksCritical(n), "KS D(phi) = " + dphi);
    }

    /**
     * For q uniform on the unit 3-sphere, w has density (2/pi) sqrt(1 - w^2), CDF 1/2 + (w sqrt(1-w^2) + asin w)/pi;
     * the rotation angle theta = 2 acos|w| has CDF (theta - sin theta)/pi.
     */
    @Test void quaternionWAndRotationAngleFollowTheHaarMeasure() {
        RandomGenerator rng = Seeds.derive(2024, 0, "rotations");
        int n = 20_000;
        double[] w = new double[n];
        double[] angle = new double[n];
        for (int i = 0; i < n; i++) {
            Quaterniond q = Rotations.uniform(rng);
            assertEquals(1, q.lengthSquared(), 1e-12);
            w[i] = q.w;
            angle[i] = 2 * Math.acos(Math.min(1, Math.abs(q.w)));
        }
        double dw = Stats.ks(w, x -> 0.5 + (x * Math.sqrt(1 - x * x) + Math.asin(x)) / Math.PI);
        double da = Stats.ks(angle, t -> (t - Math.sin(t)) / Math.PI);
        assertTrue(dw < Stats.ksCritical(n), "KS D(w) = " + dw);
        assertTrue(da < Stats.ksCritical(n), "KS D(angle) = " + da);
        // the test has power: a uniform w on [-1, 1] (a common mistake) is rejected
        assertTrue(Stats.ks(w, x -> (x + 1) / 2) > Stats.ksCritical(n));
    }

    @Test void eulerAnglesComposeAboutWorldAxes() {
        Quaterniond q = Rotations.fromEulerDegrees(new Vec3(0, 0, 90));
        Vector3d x = q.transform(new Vector3d(1, 0, 0));
        assertTrue(x.distance(new Vector3d(0, 1, 0)) < 1e-12, "Rz(90) takes +X to +Y: " + x);
    }
}
