package mirage.scenes.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mirage.core.geom.CameraIntrinsics;
import mirage.scenes.model.Instance;
import mirage.scenes.model.Light;
import mirage.scenes.model.Scene;
import mirage.scenes.spec.SceneSpec;
import org.joml.Matrix3d;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3f;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Camera, object and light geometry against hand-computed values. Tolerances reflect float storage. */
class GeometryTest {
    private static final double EPS = 1e-4;
    @TempDir Path tmp;
    TestSpecs specs;

    @BeforeEach void setUp() {
        specs = new TestSpecs(tmp);
    }

    private Scene frame(SceneSpec spec) {
        return new SceneSampler(spec, TestSpecs.FIXED_BOUNDS).sample(0);
    }

    private static Vector3d transform(Matrix4d m, double x, double y, double z) {
        return m.transformPosition(new Vector3d(x, y, z));
    }

    private static void assertClose(Vector3d expected, Vector3d actual, double eps) {
        assertTrue(expected.distance(actual) < eps, () -> "expected " + expected + " got " + actual);
    }

    @Test void cameraCentreIsTheOrbitPositionAndTargetProjectsToPrincipalPoint() {
        SceneSpec spec = specs.simple("{target: [1, 2, 3], distance: 5, elevation_deg: 30, azimuth_deg: 60}",
                "{asset: a.glb, category: a}");
        Scene s = frame(spec);
        Matrix4d w = new Matrix4d(s.worldToCamera());
        Vector3d centre = new Matrix4d(w).invert().transformPosition(new Vector3d());
        double c30 = Math.cos(Math.toRadians(30)), s30 = 0.5;
        Vector3d eye = new Vector3d(1 + 5 * c30 * Math.sin(Math.toRadians(60)), 2 + 5 * s30, 3 + 5 * c30 * 0.5);
        assertClose(eye, centre, EPS);

        CameraIntrinsics k = s.intrinsics();
        Vector3d t = transform(w, 1, 2, 3);
        assertEquals(5, t.z, EPS, "target is 5 m in front (OpenCV z forward)");
        assertEquals(k.cx(), k.projectU(t.x, t.z), 1e-3);
        assertEquals(k.cy(), k.projectV(t.y, t.z), 1e-3);

        Vector3d above = transform(w, 1, 2.5, 3);
        assertTrue(k.projectV(above.y, above.z) < k.cy(), "world up is image up (v grows downwards)");
        assertProperRotation(w);
    }

    @Test void cameraOnPlusZAtAzimuthZeroSeesPlusXOnTheRight() {
        Scene s = frame(specs.simple("{distance: 4, elevation_deg: 0, azimuth_deg: 0}", "{asset: a.glb, category: a}"));
        Matrix4d w = new Matrix4d(s.worldToCamera());
        assertClose(new Vector3d(0, 0, 4), new Matrix4d(w).invert().transformPosition(new Vector3d()), EPS);
        Vector3d right = transform(w, 1, 0, 0);
        assertTrue(s.intrinsics().projectU(right.x, right.z) > s.intrinsics().cx());
    }

    @Test void straightDownUsesTheAzimuthForUp() {
        Scene s = frame(specs.simple("{distance: 3, elevation_deg: 90, azimuth_deg: 0}", "{asset: a.glb, category: a}"));
        Matrix4d w = new Matrix4d(s.worldToCamera());
        assertProperRotation(w);
        assertClose(new Vector3d(0, 3, 0), new Matrix4d(w).invert().transformPosition(new Vector3d()), EPS);
        // camera z (forward) is world -Y; camera y (image down) is world +Z, so image up points to world -Z
        assertClose(new Vector3d(0, -1, 0), new Vector3d(w.m02(), w.m12(), w.m22()), EPS);
        assertClose(new Vector3d(0, 0, 1), new Vector3d(w.m01(), w.m11(), w.m21()), EPS);
        Vector3d t = transform(w, 0, 0, 0);
        assertEquals(s.intrinsics().cx(), s.intrinsics().projectU(t.x, t.z), 1e-3);
    }

    @Test void orientationIsContinuousAcrossThePoleThreshold() {
        double poleEl = Math.toDegrees(Math.acos(OrbitCamera.POLE_THRESHOLD));
        Matrix4d inside = OrbitCamera.viewGl(OrbitCamera.eye(new Vector3d(), 2, 90 - poleEl * 0.99, 40), new Vector3d(), 40);
        Matrix4d outside = OrbitCamera.viewGl(OrbitCamera.eye(new Vector3d(), 2, 90 - poleEl * 1.01, 40), new Vector3d(), 40);
        Matrix3d a = inside.get3x3(new Matrix3d()), b = outside.get3x3(new Matrix3d());
        for (int c = 0; c < 3; c++) for (int r = 0; r < 3; r++) assertEquals(a.get(c, r), b.get(c, r), 0.01);
    }

    @Test void modelToWorldMapsTheBoxCentreToThePosition() {
        SceneSpec spec = specs.simple("{distance: 3}", "{asset: a.glb, category: a, count: 5, scale: {uniform: [0.5, 2]}, "
                + "position: {min: [0.5, -1, 2], max: [0.5, -1, 2]}}");
        for (Instance x : frame(spec).instances()) {
            Matrix4d m = new Matrix4d(x.modelToWorld());
            assertClose(new Vector3d(0.5, -1, 2), transform(m, 2, 4, 5), EPS);
            assertProperRotationScaled(m);
        }
    }

    @Test void withoutCentringTheFileOriginGoesToThePosition() {
        SceneSpec spec = specs.simple("{distance: 3}", "{asset: a.glb, category: a, center: false, "
                + "position: {min: [0.5, -1, 2], max: [0.5, -1, 2]}}");
        Matrix4d m = new Matrix4d(frame(spec).instances().get(0).modelToWorld());
        assertClose(new Vector3d(0.5, -1, 2), transform(m, 0, 0, 0), EPS);
    }

    @Test void fitSizeScalesTheLargestEdge() {
        // bounds edges (2, 4, 4): fit_size 2 gives factor 0.5, times scale 3
        SceneSpec spec = specs.simple("{distance: 3}", "{asset: a.glb, category: a, fit_size: 2, scale: 3, rotation: {fixed_deg: [0, 0, 0]}}");
        Matrix4d m = new Matrix4d(frame(spec).instances().get(0).modelToWorld());
        Vector3d diagonal = transform(m, 3, 6, 7).sub(transform(m, 1, 2, 3));
        assertClose(new Vector3d(3, 6, 6), diagonal, EPS);
    }

    @Test void fixedRotationIsRzRyRxAppliedXFirst() {
        SceneSpec spec = specs.simple("{distance: 3}", "{asset: a.glb, category: a, center: false, rotation: {fixed_deg: [90, 90, 0]}}");
        Matrix4d m = new Matrix4d(frame(spec).instances().get(0).modelToWorld());
        // Rx(90) takes +Y to +Z, then Ry(90) takes +Z to +X
        assertClose(new Vector3d(1, 0, 0), transform(m, 0, 1, 0), EPS);
        // Rx leaves +X, Ry(90) takes +X to -Z
        assertClose(new Vector3d(0, 0, -1), transform(m, 1, 0, 0), EPS);
    }

    @Test void directionalAndPointLights() {
        SceneSpec spec = specs.load("""
                frames: 1
                image: {width: 64, height: 48}
                camera: {fov_deg: 50, orbit: {distance: 3}}
                objects: [{asset: a.glb, category: a}]
                lights:
                  - {type: directional, intensity: 2, color: [1, 0.5, 0.25], elevation_deg: 30, azimuth_deg: 60}
                  - {type: point, intensity: 4, position: {min: [1, 2, 3], max: [1, 2, 3]}}
                """);
        java.util.List<Light> lights = frame(spec).lights();
        assertEquals(2, lights.size());
        Light sun = lights.get(0);
        double c30 = Math.cos(Math.toRadians(30));
        Vector3f expected = new Vector3f((float) (-c30 * Math.sin(Math.toRadians(60))), -0.5f, (float) (-c30 * 0.5));
        assertTrue(expected.distance(new Vector3f(sun.direction())) < 1e-5, () -> "got " + sun.direction());
        assertEquals(new mirage.scenes.model.Rgb(2, 1, 0.5f), sun.radiance());
        Light lamp = lights.get(1);
        assertEquals(Light.Type.POINT, lamp.type());
        assertEquals(new Vector3f(1, 2, 3), lamp.position());
        assertEquals(new mirage.scenes.model.Rgb(4, 4, 4), lamp.radiance());
    }

    @Test void defaultLightIsTheDocumentedSun() {
        Light sun = frame(specs.simple("{distance: 3}", "{asset: a.glb, category: a}")).lights().get(0);
        assertEquals(new mirage.scenes.model.Rgb(3, 3, 3), sun.radiance());
        assertTrue(LightSampler.travelDirection(50, 30).distance(new Vector3f(sun.direction())) < 1e-6);
    }

    private static void assertProperRotation(Matrix4d m) {
        Matrix3d r = m.get3x3(new Matrix3d());
        assertEquals(1, r.determinant(), 1e-5);
        Matrix3d rrt = new Matrix3d(r).mul(new Matrix3d(r).transpose());
        assertTrue(rrt.equals(new Matrix3d(), 1e-5), () -> "not orthonormal: " + r);
    }

    private static void assertProperRotationScaled(Matrix4d m) {
        Matrix3d r = m.get3x3(new Matrix3d());
        double s = Math.cbrt(r.determinant());
        assertTrue(s > 0);
        assertProperRotation(new Matrix4d().set3x3(r.scale(1 / s)));
    }
}
